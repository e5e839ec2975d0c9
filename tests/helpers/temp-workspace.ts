// Temporary copies of fixture workspaces for tests that change files.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/**
 * Copies `fixture` into a fresh temporary folder and returns its path. dxplan's own state folder
 * (`.dxplan/`: the build cache a developer's `dxplan build examples/x` leaves) stays behind: a copy
 * is a fresh workspace, whose first build is a full one.
 */
export async function copyToTemp(fixture: string, prefix = 'dxplan-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(fixture, dir, { recursive: true, filter: (src) => !(basename(src) === '.dxplan' && resolve(src, '..') === resolve(fixture)) });
  return dir;
}

/** Removes a temporary folder, whatever is in it. */
export const removeTemp = (dir: string) => rm(dir, { recursive: true, force: true });
