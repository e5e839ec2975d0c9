// `dxplan init [dir]`: a complete, commented starter workspace in the chosen language.
import { appContext, type GlobalOptions, type Io } from './context.js';
import { EXIT } from './exit-codes.js';

/** Options of `dxplan init`, as commander passes them. */
export interface InitCommandOptions extends GlobalOptions {
  name?: unknown;
  org?: unknown;
  force?: unknown;
}

/** Runs `dxplan init` in `dir` (created when missing); exit 2 when a workspace is there without --force. */
export async function runInitCommand(io: Io, dir: string, options: InitCommandOptions): Promise<number> {
  const ctx = appContext(io, options);
  const { initWorkspace } = await import('../store/init-workspace.js');
  const { reportFsErrors } = await import('./fs-errors.js');
  const { resolve } = await import('node:path');
  const result = await reportFsErrors(ctx, dir, () =>
    initWorkspace({
      dir: resolve(ctx.cwd, dir),
      locale: ctx.locale,
      name: typeof options.name === 'string' ? options.name : undefined,
      organisation: typeof options.org === 'string' ? options.org : undefined,
      force: Boolean(options.force),
    }),
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
}
