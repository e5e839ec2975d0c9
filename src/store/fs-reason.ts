// Why a file-system operation failed, in the user's words: one table for every command and the renderer.
import type { MessageKey, Translator } from '../i18n/index.js';

/** Error codes with a message of their own (the rest are shown as their code). */
const REASONS: Record<string, MessageKey> = {
  EACCES: 'fs.EACCES',
  EPERM: 'fs.EACCES',
  ENOTDIR: 'fs.ENOTDIR',
  EISDIR: 'fs.EISDIR',
  ENOSPC: 'fs.ENOSPC',
  EROFS: 'fs.EROFS',
  // mkdir of a path whose parent part is a file.
  EEXIST: 'fs.ENOTDIR',
  // A parent that cannot hold folders (/proc, a vanished mount).
  ENOENT: 'fs.ENOENT',
  ELOOP: 'fs.ELOOP',
  ENAMETOOLONG: 'fs.ENAMETOOLONG',
  ENOTREG: 'fs.ENOTREG',
  EFBIG: 'fs.EFBIG',
};

/** True when `error` is a file-system error dxplan can explain (it has a string `code`). */
export const isFsError = (error: unknown): error is NodeJS.ErrnoException => typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';

/**
 * The reason part of "cannot write PATH: REASON". A write that would leave the workspace names
 * the link that leads out and where it goes; `show` turns absolute paths into displayed ones.
 */
export function fsErrorReason(t: Translator, error: unknown, show: (path: string) => string = (p) => p): string {
  const e = error as NodeJS.ErrnoException & { link?: string; target?: string };
  if (e?.code === 'EOUTSIDE') return t('fs.EOUTSIDE', { link: show(e.link ?? ''), target: e.target ?? '' });
  const key = e?.code ? REASONS[e.code] : undefined;
  return key ? t(key) : (e?.code ?? (error as Error)?.message ?? String(error));
}
