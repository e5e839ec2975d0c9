// The one way dxplan writes a file: a temporary file beside it, flushed, then renamed over it.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file a write should replace: the target of a symlink (so the link survives), and its mode. */
async function existingTarget(path: string): Promise<{ path: string; mode?: number }> {
  try {
    const target = await realpath(path);
    return { path: target, mode: (await stat(target)).mode & 0o7777 };
  } catch {
    return { path }; // A new file: created with the user's umask like any other.
  }
}

/**
 * Writes `contents` to `path` atomically: readers see the old file or the new one, never half of
 * either, and a failure at any point leaves the old file untouched. A symlinked file is written
 * through the link, and an existing file keeps its permissions.
 */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const target = await existingTarget(path);
  path = target.path;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}
