// Ctrl-C while rendering: exit 130, the browser and all its helpers gone, no half-written file.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM, FIXTURES } from './helpers.js';

const temps: string[] = [];
const children: ChildProcess[] = [];
afterAll(async () => {
  // A test that failed half-way must not leave its dxplan (and browser) running: SIGTERM lets it clean up.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

/** Command lines of running processes that mention `marker` (zombies have none, and are harmless). */
function processesWith(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(marker) && !/^\s*\d+\s+Z/.test(line));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Starts rendering 60 diagrams, waits until a few are done, then either sends `signal` to dxplan or crashes the page. */
async function interruptRender(signal: NodeJS.Signals | 'crash-renderer') {
  const root = await mkdtemp(join(tmpdir(), 'dxplan-interrupt-'));
  temps.push(root);
  // The browser's throw-away profile goes under this private TMPDIR, so its processes can be recognised.
  const privateTmp = join(root, 'tmp');
  const workspace = join(root, 'ws');
  await import('node:fs/promises').then((fs) => Promise.all([fs.mkdir(privateTmp), fs.mkdir(workspace)]));
  const child = spawn(process.execPath, [join(FIXTURES, 'render-many.mjs'), workspace, '60', CHROMIUM], {
    env: { ...process.env, TMPDIR: privateTmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

  const svgs = async () => (await readdir(join(workspace, 'docs', 'diagrams')).catch(() => [])).filter((n) => n.endsWith('.svg'));
  const deadline = Date.now() + 45_000;
  while ((await svgs()).length < 3 && Date.now() < deadline) await sleep(50);
  const renderedBefore = (await svgs()).length;
  expect(renderedBefore, stderr).toBeGreaterThanOrEqual(3);
  expect(processesWith(privateTmp).length).toBeGreaterThan(0);
  if (signal === 'crash-renderer') {
    // Kill only the browser's renderer processes (found by this test's private TMPDIR), as an out-of-memory kill would.
    const renderers = processesWith(privateTmp).filter((line) => line.includes('--type=renderer')).map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(renderers.length).toBeGreaterThan(0);
    for (const pid of renderers) process.kill(pid, 'SIGKILL');
  } else {
    child.kill(signal);
  }
  const code = await exited;

  let left = processesWith(privateTmp);
  for (let i = 0; i < 20 && left.length > 0; i++) {
    await sleep(100);
    left = processesWith(privateTmp);
  }
  const files = await readdir(join(workspace, 'docs', 'diagrams'));
  return { code, stderr, left, tmpLeft: await readdir(privateTmp), files, renderedAfter: (await svgs()).length };
}

describe('interrupting a render', () => {
  it('Ctrl-C exits 130 and leaves no browser process, no profile folder and no temp file', async () => {
    const r = await interruptRender('SIGINT');
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toContain('interrupted: the browser was closed');
    expect(r.left).toEqual([]);
    expect(r.tmpLeft).toEqual([]);
    expect(r.files.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(r.renderedAfter).toBeLessThan(60);
  });

  it('a crashed page is reported at once as the browser stopping, exit 2, and the browser is still cleaned up', async () => {
    const started = Date.now();
    const r = await interruptRender('crash-renderer');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^dxplan: the browser stopped while rendering \(the page crashed\)/m);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.left).toEqual([]);
    expect(r.tmpLeft).toEqual([]);
  });

  it('SIGTERM (CI cancelling a job) cleans up the same way', async () => {
    const r = await interruptRender('SIGTERM');
    expect(r.code, r.stderr).toBe(130);
    expect(r.left).toEqual([]);
    expect(r.tmpLeft).toEqual([]);
  });
});
