// `dxplan build --render` end to end: the real CLI, the bundled examples, a real Chromium.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChineseFont, pngSize } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dxplan.js');
const temps: string[] = [];
const children: ChildProcess[] = [];

afterAll(async () => {
  // A test that failed half-way must not leave its dxplan (and browser) running: SIGTERM lets it clean up.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

/** Runs the built CLI and returns its exit code and output. */
function dxplan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DXPLAN_BROWSER: CHROMIUM, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A private copy of a bundled example. */
async function copyExample(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dxplan-e2e-${name}-`));
  temps.push(dir);
  await cp(join(ROOT, 'examples', name), dir, { recursive: true });
  return dir;
}

/** The `.mmd` files the build wrote, without extension. */
const diagramsIn = async (dir: string) => (await readdir(join(dir, 'docs', 'diagrams'))).filter((n) => n.endsWith('.mmd')).map((n) => n.slice(0, -4)).sort();

describe.each(['home-furnishing', 'patient-service'])('dxplan build %s --render svg,png,pdf', (example) => {
  let ws: string;
  let first: ReturnType<typeof dxplan>;

  beforeAll(async () => {
    ws = await copyExample(example);
    first = dxplan(['build', ws, '--render', 'svg,png,pdf']);
  });

  it('exits 0 and writes an SVG and a PNG next to every diagram, and the report as PDF', async () => {
    expect(first.code, first.stderr).toBe(0);
    const names = await diagramsIn(ws);
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const name of names) {
      const svg = await readFile(join(ws, 'docs', 'diagrams', `${name}.svg`), 'utf8');
      expect(svg.startsWith('<svg id="d-diagrams-'), name).toBe(true);
      expect(pngSize(await readFile(join(ws, 'docs', 'diagrams', `${name}.png`))).width).toBeGreaterThan(100);
    }
    const pdf = await readFile(join(ws, 'docs', 'plan-report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Two pictures per diagram, and a PDF of each edition of the report.
    const count = names.length * 2 + 2;
    // Each example speaks its own locale: home-furnishing English, patient-service Simplified Chinese.
    // The committed documents are current, so the only documents written are the two editions of
    // the report, rewritten around their pictures: the one summary line counts them, and the pictures.
    expect(first.stdout).toMatch(
      example === 'patient-service' ? new RegExp(`：写入 2 个文件，\\d+ 个未变，删除 0 个；绘制 ${count} 个图片文件，0 个未变\n$`) : new RegExp(`: 2 file\\(s\\) written, \\d+ unchanged, 0 removed; ${count} picture\\(s\\) drawn, 0 unchanged\n$`),
    );
    expect(first.stdout).toContain(example === 'patient-service' ? 'plan-report.html（含图片）' : 'plan-report.html (with the pictures)');
    expect(first.stdout).toContain(example === 'patient-service' ? 'plan-report-internal.html（含图片）' : 'plan-report-internal.html (with the pictures)');
    if (example === 'patient-service' && !hasChineseFont()) expect(first.stderr).toContain('fonts-noto-cjk');
    else expect(first.stderr).toBe('');
  });

  it('inlines every rendered SVG in the HTML report', async () => {
    const html = await readFile(join(ws, 'docs', 'plan-report.html'), 'utf8');
    for (const name of await diagramsIn(ws)) expect(html, name).toContain(`<svg id="d-diagrams-${name}"`);
    expect(html).not.toContain('class="mermaid"');
    expect(html).not.toMatch(/<script/);
  });

  it('rebuilds without starting a browser when nothing changed, and build --check still passes', () => {
    const again = dxplan(['build', ws, '--render', 'svg,png,pdf', '--browser', '/nonexistent/chromium']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/(: 0 file\(s\) written, \d+ unchanged, 0 removed; 0 picture\(s\) drawn|：写入 0 个文件，\d+ 个未变，删除 0 个；绘制 0 个图片文件)/);
    expect(dxplan(['build', ws, '--check']).code).toBe(0);
  });

  it('draws the same SVG bytes in a second copy of the workspace', async () => {
    const other = await copyExample(example);
    const r = dxplan(['build', other, '--render', 'svg']);
    expect(r.code, r.stderr).toBe(0);
    for (const name of await diagramsIn(ws)) {
      // Same Mermaid source (the generator is deterministic), so the pictures must match byte for byte.
      expect(await readFile(join(other, 'docs', 'diagrams', `${name}.mmd`), 'utf8')).toBe(await readFile(join(ws, 'docs', 'diagrams', `${name}.mmd`), 'utf8'));
      const a = await readFile(join(ws, 'docs', 'diagrams', `${name}.svg`));
      const b = await readFile(join(other, 'docs', 'diagrams', `${name}.svg`));
      expect(a.equals(b), name).toBe(true);
    }
  });
});

describe('dxplan build --render failures', () => {
  it('names a diagram Mermaid rejects, with its reason, writes the rest, and exits 2', async () => {
    const ws = await copyExample('home-furnishing');
    await mkdir(join(ws, 'templates'), { recursive: true });
    // A workspace template override that makes the roadmap diagram invalid Mermaid.
    await writeFile(join(ws, 'templates', 'roadmap.mmd.hbs'), 'flowchart TB\n  a[unclosed --> b\n');
    const r = dxplan(['build', ws, '--render', 'svg', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${ws.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/docs/diagrams/roadmap\\.mmd: Parse error on line \\d+:`, 'm'));
    expect(r.stderr).toMatch(/1 of \d+ diagrams could not be rendered/);
    expect(await readFile(join(ws, 'docs', 'diagrams', 'value-network.svg'), 'utf8')).toContain('<svg');
  });

  it('explains how to install a browser when there is none, and exits 2', async () => {
    const ws = await copyExample('home-furnishing');
    const r = dxplan(['build', ws, '--render', 'png', '--lang', 'en'], { DXPLAN_BROWSER: '/nonexistent/chromium' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dxplan: no browser at /nonexistent/chromium (set by DXPLAN_BROWSER): give the path of a Chromium or Chrome executable\n');
  });

  it('rejects an unknown format before building anything, exit 2', async () => {
    const ws = await copyExample('home-furnishing');
    const r = dxplan(['build', ws, '--render', 'svg,gif', '--lang', 'zh-TW']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dxplan: --render 的格式「gif」無效：可選 svg、png、pdf、pptx、xlsx（逗號分隔）\n');
  });
});

describe('Ctrl-C during dxplan build --render', () => {
  it('exits 130 and leaves no Chromium process behind', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dxplan-e2e-sigint-'));
    temps.push(root);
    const ws = join(root, 'ws');
    const privateTmp = join(root, 'tmp');
    await mkdir(privateTmp);
    // 30 goals → over 30 diagrams: enough that the render is still running when the signal comes.
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-workspace.js'), ws, '--goals', '30'], { stdio: 'ignore' });
    const child = spawn(process.execPath, [BIN, 'build', ws, '--render', 'svg,png'], {
      env: { ...process.env, NO_COLOR: '1', DXPLAN_BROWSER: CHROMIUM, TMPDIR: privateTmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += String(c)));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const svgCount = async () => (await readdir(join(ws, 'docs', 'diagrams')).catch(() => [] as string[])).filter((n) => n.endsWith('.svg')).length;
    const deadline = Date.now() + 60_000;
    while ((await svgCount()) < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
    const alive = () =>
      execFileSync('ps', ['-eo', 'stat=,args='], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.includes(privateTmp) && !l.trimStart().startsWith('Z'));
    for (let i = 0; i < 20 && alive().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toEqual([]);
    expect(await readdir(privateTmp)).toEqual([]);
    expect(await svgCount()).toBeLessThan((await readdir(join(ws, 'docs', 'diagrams'))).filter((n) => n.endsWith('.mmd')).length);
  });
});
