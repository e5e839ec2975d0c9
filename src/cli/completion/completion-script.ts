// The completion script of one shell, from the program's own command specs.
import { CANVAS_IDS } from '../../domain/canvas-ids.js';
import type { Translator } from '../../i18n/index.js';
import { completionModel } from './completion-model.js';

/** The script for `shell`, with descriptions in the translator's language. */
export async function completionScript(shell: 'bash' | 'zsh' | 'fish', t: Translator): Promise<string> {
  // The program module is already loaded by the time a command runs; importing it here, not at
  // the top, keeps the command specs free of a cycle (program.ts imports this command's spec).
  const { BUILTIN_FLAGS, COMMANDS, GLOBAL_OPTIONS, HELP_COMMAND } = await import('../program.js');
  const model = completionModel(t, {
    commands: [...COMMANDS, HELP_COMMAND],
    globalOptions: GLOBAL_OPTIONS,
    helpFlag: BUILTIN_FLAGS[0]!,
    versionFlag: BUILTIN_FLAGS[1]!,
    canvases: CANVAS_IDS,
  });
  if (shell === 'bash') return (await import('./bash-completion.js')).bashCompletion(model);
  if (shell === 'zsh') return (await import('./zsh-completion.js')).zshCompletion(model);
  return (await import('./fish-completion.js')).fishCompletion(model);
}
