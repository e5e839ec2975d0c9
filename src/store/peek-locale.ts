// The workspace's locale, read before anything is validated so even the first message is in it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The `locale:` line of `dir/dxplan.yaml`, or undefined when there is none or the file is unreadable.
 * A regular expression, not the YAML parser: choosing the language must not load the schemas.
 */
export async function peekWorkspaceLocale(dir: string): Promise<string | undefined> {
  try {
    const text = await readFile(join(dir, 'dxplan.yaml'), 'utf8');
    return /^locale:\s*["']?([A-Za-z-]+)["']?\s*(#.*)?$/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}
