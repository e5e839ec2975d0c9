// Workspaces an attacker or an unlucky user could hand dxplan: symbolic links leading out of the
// workspace, FIFOs and devices where files should be, hand-written files in the output folder,
// impossible init targets. All real (links, mkfifo, /dev/urandom, /proc), through the spawned
// program; each run must end at once with its documented exit code and never touch the outside.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { writeFileAtomic } from '../../src/store/write-atomic.js';
import { removeTemp } from '../helpers/temp-workspace.js';

const BIN = fileURLToPath(new URL('../../bin/dxplan.js', import.meta.url));
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/** Runs dxplan; a run still going after `timeout` ms is killed and reported as hung (code null). */
function dxplan(args: string[], cwd: string, timeout = 20_000): Promise<{ code: number | null; out: string; hung: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, '--lang', 'en'], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, timeout);
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, hung });
    });
  });
}

/** A fresh temp folder holding a built workspace `w` and an `outside` folder beside it. */
async function setup(): Promise<{ root: string; ws: string; outside: string }> {
  const root = await mkdtemp(join(tmpdir(), 'dxplan-hostile-'));
  temps.push(root);
  const ws = join(root, 'w');
  const outside = join(root, 'outside');
  await mkdir(outside);
  await initWorkspace({ dir: ws, locale: 'en', force: true });
  const built = await dxplan(['build', '.'], ws);
  expect(built.code, built.out).toBe(0);
  return { root, ws, outside };
}

const listing = async (dir: string) => (await readdir(dir)).sort();

describe('symbolic links that lead out of the workspace', () => {
  it('a generated file linked to an outside file: build refuses (exit 2, naming the link), the outside file is untouched', async () => {
    const { ws, outside } = await setup();
    await writeFile(join(outside, 'victim.csv'), 'precious\n');
    await rm(join(ws, 'docs/feature-table.csv'));
    await symlink(join(outside, 'victim.csv'), join(ws, 'docs/feature-table.csv'));
    for (const extra of [[], ['--dry-run'], ['--check']]) {
      const r = await dxplan(['build', '.', ...extra], ws);
      expect(r.code, r.out).toBe(2);
      expect(r.out).toContain('the link docs/feature-table.csv');
      expect(r.out).toContain(join(outside, 'victim.csv'));
    }
    expect(await readFile(join(outside, 'victim.csv'), 'utf8')).toBe('precious\n');
  });

  it('docs/diagrams linked to an outside folder: nothing is written there and nothing listed in the manifest is deleted from it', async () => {
    const { ws, outside } = await setup();
    const target = join(outside, 'diagrams');
    await rename(join(ws, 'docs/diagrams'), target);
    await writeFile(join(target, 'roadmap.mmd'), 'their own file\n');
    // An old manifest entry dxplan no longer generates, that an unguarded build would delete.
    const manifest = JSON.parse(await readFile(join(ws, 'docs/.dxplan-build.json'), 'utf8')) as { files: string[] };
    manifest.files.push('diagrams/old-diagram.mmd');
    await writeFile(join(ws, 'docs/.dxplan-build.json'), JSON.stringify(manifest));
    await writeFile(join(target, 'old-diagram.mmd'), 'keep me\n');
    await symlink(target, join(ws, 'docs/diagrams'));
    const before = await listing(target);
    const r = await dxplan(['build', '.'], ws);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toContain('the link docs/diagrams');
    expect(await listing(target)).toEqual(before);
    expect(await readFile(join(target, 'roadmap.mmd'), 'utf8')).toBe('their own file\n');
    expect(await readFile(join(target, 'old-diagram.mmd'), 'utf8')).toBe('keep me\n');
  });

  it('output: through a link to an outside folder is a validation error at output:, and build writes nothing there', async () => {
    const { ws, outside } = await setup();
    await symlink(outside, join(ws, 'link'));
    const manifest = join(ws, 'dxplan.yaml');
    const text = (await readFile(manifest, 'utf8')).replace('\noutput: docs', '\noutput: link/out');
    await writeFile(manifest, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('output:')) + 1;
    const v = await dxplan(['validate', '.'], ws);
    expect(v.code, v.out).toBe(2);
    expect(v.out).toMatch(new RegExp(`dxplan\\.yaml:${line}:9 +error +schema/format +output is "link/out", which leads through the link link to `));
    const b = await dxplan(['build', '.'], ws);
    expect(b.code, b.out).toBe(2);
    expect(await listing(outside)).toEqual([]);
  });

  it('output: through a link loop or a name too long for the file system is an error located at output:', async () => {
    const { ws } = await setup();
    await symlink('loop-b', join(ws, 'loop-a'));
    await symlink('loop-a', join(ws, 'loop-b'));
    const manifest = join(ws, 'dxplan.yaml');
    const original = await readFile(manifest, 'utf8');
    const line = original.split('\n').findIndex((l) => l.startsWith('output:')) + 1;
    for (const [output, reason] of [['loop-a/docs', 'symbolic links form a loop'], [`${'x'.repeat(300)}/docs`, 'longer than the file system allows']] as const) {
      await writeFile(manifest, original.replace('\noutput: docs', `\noutput: ${output}`));
      for (const command of ['validate', 'build']) {
        const r = await dxplan([command, '.'], ws);
        expect(r.code, r.out).toBe(2);
        expect(r.out).toMatch(new RegExp(`dxplan\\.yaml:${line}:9 +error +schema/format .*${reason}`));
      }
    }
  });

  it('init into a folder whose canvases/ links outside refuses and writes nothing there', async () => {
    const { root, outside } = await setup();
    const fresh = join(root, 'fresh');
    await mkdir(fresh);
    await symlink(outside, join(fresh, 'canvases'));
    const r = await dxplan(['init', fresh], root);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toContain('outside the workspace');
    expect(await listing(outside)).toEqual([]);
  });

  it('a canvas linked inside the workspace is saved through the link; one linked outside is refused', async () => {
    const { ws, outside } = await setup();
    const inside = join(ws, 'shared.yaml');
    await writeFile(inside, 'version: 1\n');
    await symlink(inside, join(ws, 'linked.yaml'));
    await writeFileAtomic(join(ws, 'linked.yaml'), 'version: 1\n# saved\n', { root: ws });
    expect((await lstat(join(ws, 'linked.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readFile(inside, 'utf8')).toBe('version: 1\n# saved\n');
    await writeFile(join(outside, 'theirs.yaml'), 'version: 1\n');
    await symlink(join(outside, 'theirs.yaml'), join(ws, 'out-link.yaml'));
    await expect(writeFileAtomic(join(ws, 'out-link.yaml'), 'version: 1\n# saved\n', { root: ws })).rejects.toMatchObject({ code: 'EOUTSIDE' });
    expect(await readFile(join(outside, 'theirs.yaml'), 'utf8')).toBe('version: 1\n');
    expect(await listing(outside)).toEqual(['theirs.yaml']);
  });

  it('interview --answers refuses to save a canvas that links outside the workspace (exit 2), and writes nothing anywhere', async () => {
    const { ws, outside } = await setup();
    const theirs = join(outside, 'north-star.yaml');
    await rename(join(ws, 'canvases/north-star.yaml'), theirs);
    const original = await readFile(theirs, 'utf8');
    await symlink(theirs, join(ws, 'canvases/north-star.yaml'));
    const answers = join(ws, '..', 'answers.yaml');
    // The north-star answers of the complete example answers file (they fit any starter canvas).
    const all = parse(await readFile(fileURLToPath(new URL('../interview/fixtures/answers-zh.yaml', import.meta.url)), 'utf8')) as Record<string, unknown>;
    await writeFile(answers, stringify({ 'north-star': all['north-star'] }));
    const r = await dxplan(['interview', 'north-star', '--answers', answers, '.'], ws);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toContain('outside the workspace');
    expect(await readFile(theirs, 'utf8')).toBe(original);
  });
});

describe('FIFOs and devices where a file should be', () => {
  it('dxplan.yaml as a FIFO: every command answers at once with exit 2', async () => {
    const { ws } = await setup();
    await rm(join(ws, 'dxplan.yaml'));
    execFileSync('mkfifo', [join(ws, 'dxplan.yaml')]);
    for (const args of [['validate', '.'], ['check', '.'], ['show', 'north-star', '.'], ['build', '.'], ['build', '.', '--check']]) {
      const r = await dxplan(args, ws);
      expect(r.hung, `${args.join(' ')} hung`).toBe(false);
      expect(r.code, `${args.join(' ')}: ${r.out}`).toBe(2);
      expect(r.out).toContain('not a regular file');
    }
  });

  it('dxplan.yaml linked to /dev/urandom: refused at once, without reading it', async () => {
    const { ws } = await setup();
    await rm(join(ws, 'dxplan.yaml'));
    await symlink('/dev/urandom', join(ws, 'dxplan.yaml'));
    const r = await dxplan(['validate', '.'], ws, 10_000);
    expect(r.hung).toBe(false);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toContain('dxplan.yaml is not a regular file');
  });

  it('an output file that is a FIFO: build, --check and --dry-run exit 2 naming it, without hanging', async () => {
    const { ws } = await setup();
    await rm(join(ws, 'docs/feature-table.md'));
    execFileSync('mkfifo', [join(ws, 'docs/feature-table.md')]);
    for (const extra of [[], ['--check'], ['--dry-run']]) {
      const r = await dxplan(['build', '.', ...extra], ws);
      expect(r.hung, `build ${extra.join(' ')} hung`).toBe(false);
      expect(r.code, r.out).toBe(2);
      expect(r.out).toContain('docs/feature-table.md: something other than a regular file is there');
    }
  });

  it('a canvas that is a FIFO stops the interview at once with exit 2', async () => {
    const { ws } = await setup();
    await rm(join(ws, 'canvases/north-star.yaml'));
    execFileSync('mkfifo', [join(ws, 'canvases/north-star.yaml')]);
    const answers = join(ws, '..', 'a.yaml');
    await writeFile(answers, 'north-star: {}\n');
    const r = await dxplan(['interview', 'north-star', '--answers', answers, '.'], ws);
    expect(r.hung).toBe(false);
    expect(r.code, r.out).toBe(2);
  });
});

describe('impossible init targets', () => {
  it('dxplan init /proc/foo ends at once with exit 2 and a message', async () => {
    const r = await dxplan(['init', '/proc/dxplan-cannot-be-here'], tmpdir(), 10_000);
    expect(r.hung, 'init /proc/... never ended').toBe(false);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toContain('cannot be created there');
  });

  it('dxplan init below a file ends with exit 2', async () => {
    const { root } = await setup();
    await writeFile(join(root, 'a-file'), 'x\n');
    const r = await dxplan(['init', join(root, 'a-file', 'ws')], root);
    expect(r.hung).toBe(false);
    expect(r.code, r.out).toBe(2);
  });
});

describe('a file in the output folder that dxplan did not generate', () => {
  it('is not overwritten without --force (exit 2, naming it); with --force it is replaced', async () => {
    const { ws } = await setup();
    // Written by a person: no "Generated by dxplan" line, and dxplan's manifest must not list it.
    const manifestPath = join(ws, 'docs/.dxplan-build.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: string[] };
    await writeFile(manifestPath, JSON.stringify({ ...manifest, files: manifest.files.filter((f) => f !== 'north-star.md') }));
    await writeFile(join(ws, 'docs/north-star.md'), '# My own notes\n\nNot generated.\n');
    for (const extra of [[], ['--dry-run']]) {
      const r = await dxplan(['build', '.', ...extra], ws);
      expect(r.code, r.out).toBe(2);
      expect(r.out).toContain('refusing to overwrite docs/north-star.md: dxplan did not generate it');
      expect(r.out).toContain('--force');
      expect(await readFile(join(ws, 'docs/north-star.md'), 'utf8')).toBe('# My own notes\n\nNot generated.\n');
    }
    const forced = await dxplan(['build', '.', '--force'], ws);
    expect(forced.code, forced.out).toBe(0);
    expect(await readFile(join(ws, 'docs/north-star.md'), 'utf8')).toContain('Generated by dxplan');
  });

  it('a generated file that is only stale (listed, or marked) is rewritten as before', async () => {
    const { ws } = await setup();
    const path = join(ws, 'docs/feature-table.md');
    await writeFile(path, `${await readFile(path, 'utf8')}\nhand edit\n`);
    await rm(join(ws, 'docs/.dxplan-build.json'));
    const r = await dxplan(['build', '.'], ws);
    expect(r.code, r.out).toBe(0);
    expect(await readFile(path, 'utf8')).not.toContain('hand edit');
  });
});
