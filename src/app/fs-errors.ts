// Turns a failed file-system write into a clear message and exit code 2 instead of a stack trace.
import { fsErrorReason, isFsError } from '../store/fs-reason.js';
import type { AppContext } from './context.js';
import { displayPath } from './print-problems.js';
import { EXIT, ExitError } from './exit-codes.js';

/** Runs `action`; an fs error is reported for `path` and becomes ExitError(2). */
export async function reportFsErrors<T>(ctx: AppContext, path: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!isFsError(error)) throw error;
    const reason = fsErrorReason(ctx.t, error, (p) => displayPath(ctx, ctx.cwd, p));
    // Name the exact file when the error does (not dxplan's own temporary file beside it).
    const culprit = (error as NodeJS.ErrnoException).path;
    const shown = culprit && !culprit.endsWith('.tmp') ? displayPath(ctx, ctx.cwd, culprit) : path;
    ctx.stderr.write(`dxplan: ${ctx.t('fs.writeFailed', { path: shown, reason })}\n`);
    throw new ExitError(EXIT.invalid);
  }
}
