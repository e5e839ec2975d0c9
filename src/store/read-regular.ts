// The one way dxplan reads a file it did not make sure of: only a regular file, only up to a size.
//
// readFile() on a FIFO waits for a writer that never comes, and on /dev/urandom reads until memory
// runs out. So the file is opened without blocking and checked on its own descriptor (fstat),
// which also closes the gap between checking a path and reading it.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Thrown for a path that exists but is no regular file: `kind` says what it is instead. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    readonly kind: 'directory' | 'special',
  ) {
    super(`${path} is not a regular file`);
  }
}

/** Thrown for a file larger than the reader accepts. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(
    readonly path: string,
    readonly size: number,
    readonly max: number,
  ) {
    super(`${path} is ${size} bytes, more than ${max}`);
  }
}

/**
 * The bytes of the regular file `path` (links followed), never waiting on a pipe or device.
 * Throws NotRegularFileError, FileTooLargeError, or the fs error (ENOENT, EACCES, ELOOP…).
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  // A first look by path, so a device is never even opened (opening some has side effects).
  const before = await stat(path);
  if (before.isDirectory()) throw new NotRegularFileError(path, 'directory');
  if (!before.isFile()) throw new NotRegularFileError(path, 'special');
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFileError(path, info.isDirectory() ? 'directory' : 'special');
    if (info.size > maxBytes) throw new FileTooLargeError(path, info.size, maxBytes);
    // Read one byte past the limit: a file that grows while it is read is still caught.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > maxBytes) throw new FileTooLargeError(path, length, maxBytes);
        break;
      }
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Like readRegularFile, but undefined when nothing is at `path` (ENOENT, or a parent is a file). */
export async function readRegularIfExists(path: string, maxBytes: number): Promise<Buffer | undefined> {
  try {
    return await readRegularFile(path, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
