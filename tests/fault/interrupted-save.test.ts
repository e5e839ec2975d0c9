// A save interrupted part-way (disk full, a crash, a real kill -9) leaves the previous file intact:
// the one writer, writeFileAtomic, writes a temporary file beside the canvas and renames it over.
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/app/validate.js';
import { editYamlFile, setIn } from '../../src/store/save-document.js';
import { captureContext } from '../helpers/capture-context.js';
import { removeTemp } from '../helpers/temp-workspace.js';
import { tempFiles } from './mutations.js';
import { SaveVersions, type Version } from './save-versions.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILDREN = fileURLToPath(new URL('./children/', import.meta.url));
const CANVAS = 'canvases/business-architecture.yaml';

let dir = '';
let file = '';
let versions: SaveVersions;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dxplan-fault-save-'));
  const gen = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-workspace.js'), dir, '--goals', '20'], { encoding: 'utf8' });
  expect(gen.status, gen.stderr).toBe(0);
  file = join(dir, CANVAS);
  versions = await SaveVersions.of(file);
});
afterAll(async () => {
  await versions?.dispose();
  await removeTemp(dir);
});

/** Restores the canvas to its original text and removes stray temporary files. */
async function reset(): Promise<void> {
  for (const temp of await tempFiles(dir)) await rm(temp);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(file, versions.original);
}

/** Validates the workspace in process; returns the exit code and output. */
async function validate(): Promise<{ code: number; out: string }> {
  const { ctx, out } = captureContext('en', dir);
  const code = await runValidate(ctx, '.', 'text');
  return { code, out: out() };
}

describe('a save interrupted part-way', () => {
  beforeEach(reset);

  it('that fails with a full disk half-way through rejects, keeps the previous file and removes its temporary file', async () => {
    const probe = await open(file, 'r');
    const proto = Object.getPrototypeOf(probe) as { writeFile: (data: string | Uint8Array) => Promise<void>; write: (b: Buffer, o: number, l: number) => Promise<unknown> };
    await probe.close();
    const real = proto.writeFile;
    proto.writeFile = async function (this: typeof proto, data) {
      const bytes = Buffer.from(data);
      await this.write(bytes, 0, Math.floor(bytes.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    try {
      await expect(editYamlFile(file, (doc) => setIn(doc, ['goals', 0, 'name'], 'A new name'))).rejects.toMatchObject({ code: 'ENOSPC' });
    } finally {
      proto.writeFile = real;
    }
    expect(await readFile(file, 'utf8')).toBe(versions.original);
    expect(await tempFiles(dir)).toEqual([]);
  });

  for (const where of ['write', 'sync'] as const) {
    it(`that is killed (SIGKILL) during the ${where} keeps the previous file; the workspace stays valid`, async () => {
      const child = spawnSync(process.execPath, [join(CHILDREN, 'crash-mid-write.mjs'), file, where], { encoding: 'utf8' });
      expect(child.signal, child.stderr).toBe('SIGKILL');
      expect(child.stdout).not.toContain('saved');
      expect(await readFile(file, 'utf8')).toBe(versions.original);
      // The dead process could not clean up: its temporary file stays, hidden (leading dot) and
      // named after the canvas and the process, until the next command that loads the workspace.
      const temps = await tempFiles(dir);
      expect(temps).toHaveLength(1);
      expect(basename(temps[0]!)).toMatch(/^\.business-architecture\.yaml\.\d+\.[0-9a-f]{8}\.tmp$/);
      const written = (await stat(temps[0]!)).size;
      if (where === 'write') expect(written).toBeLessThan(Buffer.byteLength(versions.original) + 200_000);
      const { code, out } = await validate();
      expect(code, out).toBe(0);
      // That next command removed it: the process that wrote it is gone.
      expect(await tempFiles(dir)).toEqual([]);
      // The next save works as usual.
      await editYamlFile(file, (doc) => setIn(doc, ['goals', 0, 'name'], 'After the crash'));
      expect(await readFile(file, 'utf8')).toContain('name: After the crash');
    });
  }
});

/** A tiny seeded generator, so the kill moments are the same on every run. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** One save-loop child: resolves when it has died, with the saves it reported as done. */
function startSaver(tag: string) {
  const child = spawn(process.execPath, [join(CHILDREN, 'save-loop.mjs'), file, tag, '100000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let acked = 0;
  let stderr = '';
  const firstSave = new Promise<void>((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const m of chunk.matchAll(/^saved \S+ (\d+)$/gm)) acked = Math.max(acked, Number(m[1]));
      if (acked > 0) resolve();
    });
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return { child, firstSave, exited, acked: () => acked, stderr: () => stderr };
}

describe('kill -9 of a process saving in a loop', () => {
  beforeAll(reset);

  it('always leaves a complete version, never loses a save it reported, and at most one temporary file', async () => {
    const rnd = lcg(20261121);
    let previous: Version = { tag: 'original', k: 0 };
    const stats = { kills: 0, midWrite: 0, watchRounds: 0 };
    // Random moments first; then kills aimed at the write itself (as soon as the temporary file
    // appears), until two of those landed before the rename or twelve rounds have run.
    for (let round = 1; round <= 15; round++) {
      const aimed = round > 3;
      if (aimed && stats.midWrite >= 2) break;
      const tag = `r${round}`;
      const saver = startSaver(tag);
      if (!aimed) {
        await Promise.race([saver.firstSave, saver.exited]);
        await new Promise((r) => setTimeout(r, rnd() * 500));
        saver.child.kill('SIGKILL');
      } else {
        stats.watchRounds++;
        await Promise.race([saver.firstSave, saver.exited]);
        // The first sign of the next save touching the disk: its temporary file appearing (or, for
        // a writer that wrote in place, the canvas changing).
        const watcher = watch(join(dir, 'canvases'), (event, name) => {
          if (name?.endsWith('.tmp') || (name === basename(file) && event === 'change')) saver.child.kill('SIGKILL');
        });
        const fallback = setTimeout(() => saver.child.kill('SIGKILL'), 5000);
        await saver.exited;
        clearTimeout(fallback);
        watcher.close();
      }
      const signal = await saver.exited;
      expect(signal, `child exited by itself: ${saver.stderr()}`).toBe('SIGKILL');
      stats.kills++;

      const text = await readFile(file, 'utf8');
      const found = await versions.identify(text);
      expect(found.ok ? 'complete' : found.reason, `round ${round}`).toBe('complete');
      const version = (found as { version: Version }).version;
      const acked = saver.acked();
      // The file is the last save reported done, or the one in flight if its rename got through.
      const allowed = acked === 0 ? [`${previous.tag} ${previous.k}`, `${tag} 1`] : [`${tag} ${acked}`, `${tag} ${acked + 1}`];
      expect(allowed, `round ${round}: file is ${version.tag} ${version.k}`).toContain(`${version.tag} ${version.k}`);
      previous = version;

      const temps = await tempFiles(dir);
      expect(temps.length, `round ${round}: ${temps.join(', ')}`).toBeLessThanOrEqual(1);
      if (temps.length === 1) stats.midWrite++;
      for (const temp of temps) await rm(temp);
    }
    console.info(`kill -9: ${stats.kills} kills, ${stats.midWrite} during a write (temporary file left), ${stats.watchRounds} aimed at the write`);
    expect(stats.midWrite, 'no kill landed between creating and renaming the temporary file').toBeGreaterThanOrEqual(1);
  }, 120_000);
});
