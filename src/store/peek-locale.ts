// The workspace's locale, read before anything is validated so even the first message is in it.
import { join } from 'node:path';
import { readRegularFile } from './read-regular.js';
import { MAX_FILE_BYTES } from './read-text.js';

/**
 * The `locale:` line of `dir/dxplan.yaml`, or undefined when there is none or the file is unreadable.
 * A regular expression, not the YAML parser: choosing the language must not load the schemas.
 */
export async function peekWorkspaceLocale(dir: string): Promise<string | undefined> {
  try {
    // A FIFO or a device here must not hang or exhaust memory: the regular-file reader refuses it,
    // and validation then reports it properly.
    const text = (await readRegularFile(join(dir, 'dxplan.yaml'), MAX_FILE_BYTES)).toString('utf8');
    return /^locale:\s*["']?([A-Za-z-]+)["']?\s*(#.*)?$/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}
