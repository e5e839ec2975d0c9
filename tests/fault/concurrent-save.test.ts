// Two processes saving the same canvas at once never corrupt it: every read, during and after,
// is one complete version. Saves are read-modify-write without a lock, so the last writer wins
// and the other writer's concurrent edit is lost (documented in docs/benchmarks.md).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTemp } from '../helpers/temp-workspace.js';
import { tempFiles } from './mutations.js';
import { SaveVersions } from './save-versions.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAVE_LOOP = fileURLToPath(new URL('./children/save-loop.mjs', import.meta.url));
const SAVES = 8;

let dir = '';
let file = '';
let versions: SaveVersions;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dxplan-fault-race-'));
  const gen = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-workspace.js'), dir, '--goals', '20'], { encoding: 'utf8' });
  expect(gen.status, gen.stderr).toBe(0);
  file = join(dir, 'canvases/business-architecture.yaml');
  versions = await SaveVersions.of(file);
});
afterAll(async () => {
  await versions?.dispose();
  await removeTemp(dir);
});

/** Runs one saving process to completion; resolves with its exit code and stderr. */
function saver(tag: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [SAVE_LOOP, file, tag, String(SAVES)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('two processes saving the same canvas at once', () => {
  it('never leave or show a torn file; the last complete save wins', async () => {
    const both = Promise.all([saver('a'), saver('b')]);
    let done = false;
    void both.then(() => (done = true));

    // Read continuously while they write, as an editor or `dxplan validate` would.
    const seen = new Set<string>();
    let reads = 0;
    while (!done) {
      const text = await readFile(file, 'utf8');
      const found = await versions.identify(text);
      expect(found.ok ? 'complete' : found.reason, `read ${reads}`).toBe('complete');
      if (found.ok) seen.add(`${found.version.tag} ${found.version.k}`);
      reads++;
      await new Promise((r) => setTimeout(r, 2));
    }
    for (const r of await both) expect(r.code, r.stderr).toBe(0);

    // Both wrote while the other was writing: reads saw saves of each.
    expect([...seen].some((v) => v.startsWith('a ')), [...seen].join(', ')).toBe(true);
    expect([...seen].some((v) => v.startsWith('b ')), [...seen].join(', ')).toBe(true);
    const final = await versions.identify(await readFile(file, 'utf8'));
    expect(final.ok && `${final.version.tag} ${final.version.k}`).toMatch(new RegExp(`^[ab] ${SAVES}$`));
    expect(await tempFiles(dir)).toEqual([]);
  }, 120_000);
});
