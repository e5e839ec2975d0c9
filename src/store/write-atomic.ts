// The one way dxplan writes a file: a temporary file beside it, flushed, then renamed over it.
import { randomBytes } from 'node:crypto';
import { chmod, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeDirs, realPathInside } from './safe-path.js';

/** Where a write may land: with `root`, only inside that folder's real path (the workspace). */
export interface WriteOptions {
  /**
   * The workspace (or the deliberate `--out` folder). The real path of the file, links followed,
   * must lie inside it, else OutsideWorkspaceError names the link that leads out.
   */
  root?: string;
}

/** The name of the temporary file a save of `path` writes first: `.<name>.<pid>.<hex>.tmp`. */
export const tempPathFor = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/** The temporary files of dxplan's saves, to find the ones a killed process left behind. */
export const TEMP_FILE = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** The file a write should replace: the target of a symlink (so the link survives), and its mode. */
async function existingTarget(path: string, root: string | undefined): Promise<{ path: string; mode?: number }> {
  const target = root === undefined ? await realpath(path).catch(() => path) : await realPathInside(root, path);
  try {
    return { path: target, mode: (await stat(target)).mode & 0o7777 };
  } catch {
    return { path: target }; // A new file: created with the user's umask like any other.
  }
}

/**
 * Writes `contents` to a new temporary file beside `path` (the real one, links followed) and
 * flushes it; returns the temporary file and the final path. The caller renames it into place.
 */
export async function stageFile(path: string, contents: string | Uint8Array, options: WriteOptions = {}): Promise<{ temp: string; target: string; mode?: number }> {
  // Check before creating folders, so not even an empty folder appears outside the workspace.
  if (options.root !== undefined) await realPathInside(options.root, path);
  await makeDirs(dirname(path));
  const target = await existingTarget(path, options.root);
  const temp = tempPathFor(target.path);
  const handle = await open(temp, 'wx', target.mode ?? 0o666);
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw error;
  }
  await handle.close();
  try {
    // The umask may have narrowed the mode given to open(); the old file's mode is what counts.
    if (target.mode !== undefined) await chmod(temp, target.mode);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  return { temp, target: target.path, ...(target.mode !== undefined ? { mode: target.mode } : {}) };
}

/**
 * Writes `contents` to `path` atomically: readers see the old file or the new one, never half of
 * either, and a failure at any point leaves the old file untouched. A symlinked file is written
 * through the link (inside `root` when given), and an existing file keeps its permissions.
 */
export async function writeFileAtomic(path: string, contents: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const staged = await stageFile(path, contents, options);
  try {
    await rename(staged.temp, staged.target);
  } catch (error) {
    await unlink(staged.temp).catch(() => {});
    throw error;
  }
}

/**
 * Deletes the file at `path` without ever following a link to do it: a link is removed itself,
 * and a path whose folders lead outside `root` is refused. Missing files are fine.
 */
export async function removeInside(root: string, path: string): Promise<boolean> {
  // The folder must really be inside; the last part is removed as it is, link or file.
  await realPathInside(root, dirname(path));
  const info = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (!info) return false;
  if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR', path });
  await unlink(path);
  return true;
}
