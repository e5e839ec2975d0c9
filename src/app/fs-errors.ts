// Turns a failed file-system write into a clear message and exit code 2 instead of a stack trace.
import type { AppContext } from './context.js';
import { displayPath } from './print-problems.js';
import { EXIT, ExitError } from './exit-codes.js';

/** Runs `action`; an fs error is reported for `path` and becomes ExitError(2). */
export async function reportFsErrors<T>(ctx: AppContext, path: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    const reasons: Record<string, Parameters<AppContext['t']>[0]> = {
      EACCES: 'fs.EACCES',
      EPERM: 'fs.EACCES',
      ENOTDIR: 'fs.ENOTDIR',
      EISDIR: 'fs.EISDIR',
      ENOSPC: 'fs.ENOSPC',
      EROFS: 'fs.EROFS',
      // mkdir of a path whose parent part is a file.
      EEXIST: 'fs.ENOTDIR',
    };
    const reason = reasons[code] ? ctx.t(reasons[code]) : code;
    // Name the exact file when the error does (not dxplan's own temporary file beside it).
    const culprit = (error as NodeJS.ErrnoException).path;
    const shown = culprit && !culprit.endsWith('.tmp') ? displayPath(ctx, ctx.cwd, culprit) : path;
    ctx.stderr.write(`dxplan: ${ctx.t('fs.writeFailed', { path: shown, reason })}\n`);
    throw new ExitError(EXIT.invalid);
  }
}
