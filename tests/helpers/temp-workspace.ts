// Temporary copies of fixture workspaces for tests that change files.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies `fixture` into a fresh temporary folder and returns its path. */
export async function copyToTemp(fixture: string, prefix = 'dxplan-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(fixture, dir, { recursive: true });
  return dir;
}

/** Removes a temporary folder, whatever is in it. */
export const removeTemp = (dir: string) => rm(dir, { recursive: true, force: true });
