// Two processes saving the same canvas at once never corrupt it: every read, during and after,
// is one complete version. Saves are read-modify-write without a lock, so the last writer wins
// and the other writer's concurrent edit is lost (documented in docs/benchmarks.md).
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/store/init-workspace.js';
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

/** Runs `dxplan interview north-star <dir> --answers <file>`; resolves with exit code and output. */
function interview(dir: string, answers: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/dxplan.js'), 'interview', 'north-star', dir, '--answers', answers, '-q'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('two dxplan interview --answers runs on the same canvas at once', () => {
  it('leave exactly the canvas one of them writes alone, and every read meanwhile is a whole file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dxplan-fault-iv-'));
    try {
      const fixture = await readFile(join(ROOT, 'tests/interview/fixtures/answers-zh.yaml'), 'utf8');
      const start = fixture.indexOf('north-star:');
      const end = fixture.indexOf('\n', fixture.indexOf('data_dimensions', start)) + 1;
      const answersA = fixture.slice(start, end);
      const answersB = answersA.replace('月活跃随访患者数', '每周活跃随访患者数').replace('注册患者数', '注册医生数').replace('2000', '3000');
      expect(answersB).not.toBe(answersA);
      await writeFile(join(root, 'a.yaml'), answersA);
      await writeFile(join(root, 'b.yaml'), answersB);
      const fresh = join(root, 'fresh');
      await initWorkspace({ dir: fresh, locale: 'zh-CN', force: true });
      const canvas = (dir: string) => join(dir, 'canvases/north-star.yaml');
      const original = await readFile(canvas(fresh), 'utf8');

      // What each run writes on its own.
      const alone: string[] = [];
      for (const answers of ['a.yaml', 'b.yaml']) {
        const dir = join(root, `alone-${answers}`);
        await cp(fresh, dir, { recursive: true });
        const run = await interview(dir, join(root, answers));
        expect(run.code, run.out).toBe(0);
        alone.push(await readFile(canvas(dir), 'utf8'));
      }
      expect(alone[0]).not.toBe(alone[1]);
      const complete = [original, ...alone];

      // Both runs read, then write the whole canvas once (answers are buffered): last writer wins.
      for (let round = 0; round < 2; round++) {
        const dir = join(root, `race-${round}`);
        await cp(fresh, dir, { recursive: true });
        const both = Promise.all([interview(dir, join(root, 'a.yaml')), interview(dir, join(root, 'b.yaml'))]);
        let done = false;
        void both.then(() => (done = true));
        while (!done) {
          const text = await readFile(canvas(dir), 'utf8');
          expect(complete.indexOf(text), `round ${round}: a read saw a file that neither run writes`).toBeGreaterThanOrEqual(0);
          await new Promise((r) => setTimeout(r, 2));
        }
        // An answers file is written against the canvas as it was: a run that starts after the
        // other one saved may find different questions and refuse (exit 2, nothing written).
        const runs = await both;
        for (const run of runs) {
          expect([0, 2], run.out).toContain(run.code);
          if (run.code === 2) expect(run.out).toMatch(/answers\/(missing|unknown|invalid)/);
        }
        const final = alone.indexOf(await readFile(canvas(dir), 'utf8'));
        expect(final, `round ${round}: the canvas is not what either run writes`).toBeGreaterThanOrEqual(0);
        expect(runs[final]!.code, `round ${round}: the canvas is from the run that refused`).toBe(0);
        await rm(dir, { recursive: true, force: true });
      }
    } finally {
      await removeTemp(root);
    }
  }, 120_000);
});
