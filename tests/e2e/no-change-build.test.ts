// A no-change rebuild answers from the last build's stamp (src/app/build-stamp.ts): it must print
// exactly what a full no-change build prints, really skip the work, and never hide a change — an
// edited input, option or template, or an output edited, deleted or moved behind a link.
import { spawnSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { copyToTemp, removeTemp } from '../helpers/temp-workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

const STAMP = ['.dxplan', 'cache', 'build.json'];

/** Runs a build; `fresh` removes the stamp first, so the build runs in full. */
async function build(ws: string, args: string[], fresh = false) {
  if (fresh) await rm(join(ws, ...STAMP), { force: true });
  return runCli(['build', ws, ...args], root);
}

/** The function names a CPU profile of `dxplan <args>` saw run. */
async function functionsRun(args: string[]): Promise<Set<string>> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-prof-'));
  temps.push(dir);
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, BIN, ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
  expect(r.status, r.stderr).toBe(0);
  const [file] = await readdir(dir);
  const profile = JSON.parse(await readFile(join(dir, file!), 'utf8')) as { nodes: { callFrame: { functionName: string } }[] };
  return new Set(profile.nodes.map((n) => n.callFrame.functionName));
}

describe.each(['home-furnishing', 'patient-service'])('no-change build of %s', (example) => {
  let ws: string;
  beforeAll(async () => {
    ws = await copyToTemp(join(root, 'examples', example));
    temps.push(ws);
    expect((await build(ws, [])).code).toBe(0);
  });

  it.each([[[]], [['--check']], [['--quiet']], [['--lang', 'zh-TW']], [['--only', 'diagrams']]])('%j prints what the full build prints, and exits the same', async (args) => {
    // First brought up to date with these options; then nothing changes between the two runs.
    expect((await build(ws, args)).code).toBe(0);
    const full = await build(ws, args, true);
    const stamped = await build(ws, args);
    expect(stamped).toEqual(full);
    expect(full.code).toBe(0);
  });

  it('really skips the work: no document is generated, no canvas checked', async () => {
    await build(ws, [], true);
    await build(ws, []);
    const ran = await functionsRun(['build', ws]);
    expect(ran.has('buildKey')).toBe(true);
    expect(ran.has('generateDocuments')).toBe(false);
    expect(ran.has('loadWorkspace')).toBe(false);
    await rm(join(ws, ...STAMP));
    expect((await functionsRun(['build', ws])).has('generateDocuments')).toBe(true);
  });

  it('rebuilds in full after any input changes: a canvas, a template override, the options', async () => {
    await build(ws, []);
    const canvas = join(ws, 'canvases', 'value-positioning.yaml');
    const before = await readFile(canvas, 'utf8');
    await appendFile(canvas, '# a comment changes no document\n');
    const afterComment = await build(ws, []);
    expect(afterComment.code).toBe(0);
    expect((await functionsRun(['build', ws])).has('generateDocuments')).toBe(false);
    await writeFile(canvas, before);
    // A template override that changes a document: the build must write it.
    const override = join(ws, 'templates');
    await mkdir(override);
    await writeFile(join(override, 'north-star.md.hbs'), 'changed {{plan.name}}\n');
    const changed = await build(ws, []);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/north-star\.md/);
    await rm(override, { recursive: true });
    const back = await build(ws, []);
    expect(back.stdout).toMatch(/north-star\.md/);
    expect((await build(ws, ['--check'])).code).toBe(0);
  });

  it('restores an output edited or deleted by hand, and --check reports it', async () => {
    await build(ws, []);
    const docs = join(ws, 'docs');
    await writeFile(join(docs, 'feature-table.md'), 'edited by hand\n');
    await rm(join(docs, 'north-star.md'));
    const check = await build(ws, ['--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/feature-table\.md/);
    expect(check.stdout).toMatch(/north-star\.md/);
    const again = await build(ws, []);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/feature-table\.md/);
    expect((await build(ws, ['--check'])).code).toBe(0);
  });

  it('refuses an output folder that became a link leading out, as the full build does', async () => {
    await build(ws, []);
    const outside = await mkdtemp(join(tmpdir(), 'dxplan-outside-'));
    temps.push(outside);
    await rm(outside, { recursive: true });
    await rename(join(ws, 'docs'), outside);
    await symlink(outside, join(ws, 'docs'));
    const stamped = await build(ws, []);
    const full = await build(ws, [], true);
    expect(stamped).toEqual(full);
    expect(full.code).toBe(2);
    await rm(join(ws, 'docs'));
    await rename(outside, join(ws, 'docs'));
  });
});
