// The refusal a build prints when it would overwrite files a person wrote in the output folder.
import type { RenderContext } from './render-build.js';

/** Prints one line per file dxplan did not generate, and how to proceed (move it, or --force). */
export function printForeignFiles(ctx: Pick<RenderContext, 't' | 'stderr'>, shownPaths: readonly string[]): void {
  for (const path of shownPaths) ctx.stderr.write(`dxplan: ${ctx.t('build.foreign', { path })}\n`);
  ctx.stderr.write(`    ${ctx.t('cli.hint')}${ctx.t('build.foreign.hint')}\n`);
}
