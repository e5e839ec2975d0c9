// `dxplan init [dir]`: a complete, commented starter workspace in the chosen language.
import type { CommandSpec } from '../command-spec.js';
import { createContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** The init command. */
export const initCommand: CommandSpec = {
  name: 'init',
  summary: 'cmd.init.summary',
  arguments: [{ syntax: '[dir]', description: 'cli.arg.dir', default: '.' }],
  options: [
    { flags: '--name <name>', description: 'cli.opt.name' },
    { flags: '--org <organisation>', description: 'cli.opt.org' },
    { flags: '--force', description: 'cli.opt.force' },
  ],
  examples: ['dxplan init my-plan --lang zh-CN --name "患者服务平台"', 'dxplan init . --force'],
  async run([dir = '.'], options) {
    const ctx = createContext(options);
    const { initWorkspace } = await import('../../store/init-workspace.js');
    const { reportFsErrors } = await import('../fs-errors.js');
    const result = await reportFsErrors(ctx, dir, () =>
      initWorkspace({ dir, locale: ctx.locale, name: options.name as string | undefined, organisation: options.org as string | undefined, force: Boolean(options.force) }),
    );
    if (result.status === 'exists') {
      ctx.stderr.write(`dxplan: ${ctx.t('init.exists', { dir })}\n${ctx.t('init.exists.hint')}\n`);
      return EXIT.invalid;
    }
    if (!ctx.quiet) {
      ctx.stdout.write(`${ctx.t('init.done', { dir, count: result.files.length })}\n`);
      for (const f of result.files) ctx.stdout.write(`  ${f}\n`);
      ctx.stdout.write(`${ctx.t('init.next', { dir })}\n`);
    }
    return EXIT.ok;
  },
};
