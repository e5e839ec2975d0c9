// `dxplan completion bash|zsh|fish`: a shell completion script for commands, canvases and options.
import type { CommandSpec } from '../command-spec.js';
import { EXIT } from '../../app/exit-codes.js';

/** The shells a completion script exists for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** The completion command. */
export const completionCommand: CommandSpec = {
  name: 'completion',
  summary: 'cmd.completion.summary',
  arguments: [{ syntax: '[shell]', description: 'cli.arg.shell', choices: SHELLS }],
  options: [],
  examples: ['source <(dxplan completion bash)', 'dxplan completion zsh > "${fpath[1]}/_dxplan"', 'dxplan completion fish > ~/.config/fish/completions/dxplan.fish'],
  async run([shell], options, cli) {
    const [{ appContext }, { processIo }] = await Promise.all([import('../../app/context.js'), import('../process-io.js')]);
    const ctx = appContext(processIo(), options);
    if (shell === undefined) {
      ctx.stderr.write(`dxplan: ${ctx.t('completion.missingShell', { allowed: SHELLS.join(', ') })}\n${ctx.t('cli.err.seeCommandHelp', { command: 'completion' })}\n`);
      return EXIT.invalid;
    }
    const { completionScript } = await import('../completion/completion-script.js');
    ctx.stdout.write(await completionScript(shell as (typeof SHELLS)[number], ctx.t, cli));
    return EXIT.ok;
  },
};
