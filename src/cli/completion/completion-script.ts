// The completion script of one shell, from the program's own command specs.
import { explainTopicIds } from '../../app/explain.js';
import { CANVAS_IDS } from '../../app/vocabulary.js';
import type { Translator } from '../../i18n/index.js';
import type { ProgramDescription } from '../command-spec.js';
import { completionModel } from './completion-model.js';

/** The script for `shell` completing the commands of `cli`, with descriptions in the translator's language. */
export async function completionScript(shell: 'bash' | 'zsh' | 'fish', t: Translator, cli: ProgramDescription): Promise<string> {
  const model = completionModel(t, {
    commands: cli.commands,
    globalOptions: cli.globalOptions,
    helpFlag: cli.builtinFlags[0]!,
    versionFlag: cli.builtinFlags[1]!,
    canvases: CANVAS_IDS,
    topics: await explainTopicIds(t),
  });
  if (shell === 'bash') return (await import('./bash-completion.js')).bashCompletion(model);
  if (shell === 'zsh') return (await import('./zsh-completion.js')).zshCompletion(model);
  return (await import('./fish-completion.js')).fishCompletion(model);
}
