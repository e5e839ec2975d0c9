// Renders real diagrams with a real Chromium: valid files, deterministic bytes, the cache, errors.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagramId, renderBuild, type RenderBuildOptions } from '../../src/render/render-build.js';
import type { RenderFormat } from '../../src/render/render-formats.js';
import { captureContext } from '../helpers/capture-context.js';
import { CHROMIUM, diagramWorkspace, FIXTURES, goodDiagrams, hasChineseFont, pngSize, reportHtml } from './helpers.js';

/** A second, independent browser that only parses the SVGs, as a strict XML parser. */
let checker: Browser;
const temps: string[] = [];

beforeAll(async () => {
  // Its profile and stray files stay in a temp folder, like dxplan's own browser.
  const profile = await mkdtemp(join(tmpdir(), 'dxplan-checker-'));
  temps.push(profile);
  checker = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: 'shell',
    args: ['--no-sandbox', `--user-data-dir=${profile}`],
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, TMPDIR: profile },
  });
});
afterAll(async () => {
  await checker?.close();
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Parses `svg` as XML (image/svg+xml) and returns the root's name and id, or the parser's complaint. */
async function parseSvg(svg: string): Promise<{ root: string; id: string | null; error: string | null }> {
  const page = await checker.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      return { root: doc.documentElement.localName, id: doc.documentElement.getAttribute('id'), error: error ? error.textContent : null };
    }, svg);
  } finally {
    await page.close();
  }
}

/** Runs renderBuild over a workspace with a report writer like the build's, capturing output. */
async function render(ws: Awaited<ReturnType<typeof diagramWorkspace>>, formats: RenderFormat[], extra: Partial<RenderBuildOptions> = {}) {
  const { ctx, out, err } = captureContext('en', ws.dir, { NO_COLOR: '1', PATH: process.env.PATH });
  let reportSvgs: ReadonlyMap<string, string> | undefined;
  const result = await renderBuild({
    ctx,
    workspaceDir: ws.dir,
    outDir: ws.outDir,
    files: ws.files,
    formats,
    browser: CHROMIUM,
    report: async (svgs) => {
      reportSvgs = svgs;
      const path = join(ws.outDir, 'report.html');
      await writeFile(path, reportHtml(svgs));
      return [{ html: path, source: 'report.html', from: 'plain' }];
    },
    ...extra,
  });
  return { result, out: out(), err: err(), reportSvgs };
}

describe('renderBuild with Chromium', () => {
  let ws: Awaited<ReturnType<typeof diagramWorkspace>>;
  let first: Awaited<ReturnType<typeof render>>;
  let names: string[];

  beforeAll(async () => {
    const diagrams = await goodDiagrams();
    names = Object.keys(diagrams).map((n) => n.replace(/\.mmd$/, ''));
    ws = await diagramWorkspace(diagrams);
    temps.push(ws.dir);
    first = await render(ws, ['svg', 'png', 'pdf']);
  });

  it('renders every diagram type to an SVG that parses as XML and carries its fixed id', async () => {
    const fontWarning = 'dxplan: warning: no Chinese font is installed, so Chinese text in PNGs and PDFs shows as empty boxes (SVGs are fine). Install one, e.g. "sudo apt-get install fonts-noto-cjk" on Debian or Ubuntu.\n';
    expect(first.err).toBe(hasChineseFont() ? '' : fontWarning);
    expect(first.result.status).toBe('ok');
    expect(names).toEqual(expect.arrayContaining(['business-architecture', 'launch-gantt', 'diamond-radar', 'north-star-quadrant', 'north-star-tree']));
    for (const name of names) {
      const svg = await readFile(join(ws.outDir, 'diagrams', `${name}.svg`), 'utf8');
      const parsed = await parseSvg(svg);
      expect(parsed, name).toEqual({ root: 'svg', id: diagramId(`diagrams/${name}.mmd`), error: null });
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    }
  });

  it('keeps the text of the diagrams, Chinese included', async () => {
    expect(await readFile(join(ws.outDir, 'diagrams', 'value-network-zh.svg'), 'utf8')).toContain('需求方：患者');
    expect(await readFile(join(ws.outDir, 'diagrams', 'launch-gantt.svg'), 'utf8')).toContain('Kickoff');
  });

  it('draws every diagram to a PNG at twice its SVG size', async () => {
    for (const name of names) {
      const { width, height } = pngSize(await readFile(join(ws.outDir, 'diagrams', `${name}.png`)));
      const svg = await readFile(join(ws.outDir, 'diagrams', `${name}.svg`), 'utf8');
      const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
      expect(viewBox, name).not.toBeNull();
      expect(Math.abs(width - 2 * Math.ceil(Number(viewBox![1])))).toBeLessThanOrEqual(2);
      expect(Math.abs(height - 2 * Math.ceil(Number(viewBox![2])))).toBeLessThanOrEqual(2);
    }
  });

  it('prints the report, SVGs inlined, to a PDF', async () => {
    expect([...first.reportSvgs!.keys()].sort()).toEqual(names.map((n) => `diagrams/${n}.mmd`));
    const pdf = await readFile(join(ws.outDir, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
    // Given no plan metadata, the PDF carries no date at all: never the clock's.
    expect(pdf.toString('latin1')).not.toMatch(/CreationDate|ModDate/);
    expect(first.result.rendered).toBe(names.length * 2 + 1);
    expect(first.out).toContain(`Rendered ${names.length * 2 + 1} pictures, 0 unchanged.`);
  });

  it('renders the same bytes in another workspace and another order (SVG, PNG and PDF)', async () => {
    const diagrams = await goodDiagrams();
    const reversed = Object.fromEntries(Object.entries(diagrams).reverse());
    const other = await diagramWorkspace(reversed);
    temps.push(other.dir);
    const second = await render(other, ['svg', 'png', 'pdf']);
    expect(second.result.status).toBe('ok');
    for (const name of names) {
      for (const ext of ['svg', 'png']) {
        const a = await readFile(join(ws.outDir, 'diagrams', `${name}.${ext}`));
        const b = await readFile(join(other.outDir, 'diagrams', `${name}.${ext}`));
        expect(a.equals(b), `${name}.${ext}`).toBe(true);
      }
    }
    // Same HTML (figures sorted by path) → same PDF, because the dates are fixed.
    expect((await readFile(join(ws.outDir, 'report.pdf'))).equals(await readFile(join(other.outDir, 'report.pdf')))).toBe(true);
  });

  it('starts no browser when nothing changed: a browser path that does not exist is never looked at', async () => {
    const before = await stat(join(ws.outDir, 'diagrams', 'launch-gantt.png'));
    const again = await render(ws, ['svg', 'png', 'pdf'], { browser: '/nonexistent/chromium' });
    expect(again.err).toBe('');
    expect(again.result).toMatchObject({ status: 'ok', rendered: 0, reused: names.length * 2 + 1 });
    expect(again.result.svgs.size).toBe(names.length);
    expect((await stat(join(ws.outDir, 'diagrams', 'launch-gantt.png'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('re-renders only the diagram that changed (and the PDF that shows it)', async () => {
    const changed = ws.files.map((f) => (f.path.endsWith('north-star-tree.mmd') ? { ...f, contents: `${f.contents}    Word of mouth\n` } : f));
    ws.files = changed;
    const again = await render(ws, ['svg', 'png', 'pdf']);
    expect(again.result).toMatchObject({ status: 'ok', rendered: 3, reused: (names.length - 1) * 2 });
    expect(await readFile(join(ws.outDir, 'diagrams', 'north-star-tree.svg'), 'utf8')).toContain('Word of mouth');
  });

  it('redraws a picture whose file was edited or deleted by hand', async () => {
    await writeFile(join(ws.outDir, 'diagrams', 'diamond-radar.svg'), '<svg/>');
    await rm(join(ws.outDir, 'diagrams', 'launch-gantt.png'));
    const again = await render(ws, ['svg', 'png']);
    expect(again.result).toMatchObject({ status: 'ok', rendered: 2 });
    expect(await readFile(join(ws.outDir, 'diagrams', 'diamond-radar.svg'), 'utf8')).toContain('Diamond model');
    pngSize(await readFile(join(ws.outDir, 'diagrams', 'launch-gantt.png')));
  });
});

describe('renderBuild --render pdf alone', () => {
  it('still inlines every SVG in the report, keeps them in the cache, and writes no SVG or PNG next to the diagrams', async () => {
    const diagrams = await goodDiagrams();
    const ws = await diagramWorkspace(diagrams);
    temps.push(ws.dir);
    const first = await render(ws, ['pdf']);
    expect(first.result.status).toBe('ok');
    expect(first.reportSvgs!.size).toBe(Object.keys(diagrams).length);
    expect((await readdir(join(ws.outDir, 'diagrams'))).filter((n) => !n.endsWith('.mmd'))).toEqual([]);
    expect((await readdir(join(ws.dir, '.dxplan', 'cache', 'svg'))).length).toBe(Object.keys(diagrams).length);
    expect((await readFile(join(ws.outDir, 'report.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.result.rendered).toBe(1);

    const again = await render(ws, ['pdf'], { browser: '/nonexistent/chromium' });
    expect(again.result).toMatchObject({ status: 'ok', rendered: 0, reused: 1 });
    expect(again.reportSvgs!.size).toBe(Object.keys(diagrams).length);
  });
});

describe('renderBuild failures', () => {
  it('names the broken diagram and gives Mermaid\'s reason, still rendering the others; exit status failed', async () => {
    const good = await goodDiagrams();
    const ws = await diagramWorkspace({
      'a-broken.mmd': await readFile(join(FIXTURES, 'broken.mmd'), 'utf8'),
      'business-architecture.mmd': good['business-architecture.mmd']!,
    });
    temps.push(ws.dir);
    const { result, err } = await render(ws, ['svg']);
    expect(result.status).toBe('failed');
    expect(err).toMatch(/^docs\/diagrams\/a-broken\.mmd: Parse error on line \d+:\n {2}\S/m);
    expect(err).toContain('1 of 2 diagrams could not be rendered');
    expect(await readFile(join(ws.outDir, 'diagrams', 'business-architecture.svg'), 'utf8')).toContain('<svg');
    await expect(stat(join(ws.outDir, 'diagrams', 'a-broken.svg'))).rejects.toThrow();
    expect(result.svgs.has('diagrams/a-broken.mmd')).toBe(false);
  });

  it('reports an impossible Gantt date as the diagram\'s error', async () => {
    const ws = await diagramWorkspace({ 'broken-gantt.mmd': await readFile(join(FIXTURES, 'broken-gantt.mmd'), 'utf8') });
    temps.push(ws.dir);
    const { result, err } = await render(ws, ['svg', 'png']);
    expect(result.status).toBe('failed');
    expect(err).toMatch(/^docs\/diagrams\/broken-gantt\.mmd: Invalid date:2026-13-45$/m);
  });

  it('stops with a clear message when a picture cannot be written', async () => {
    const ws = await diagramWorkspace({ 'launch-gantt.mmd': (await goodDiagrams())['launch-gantt.mmd']! });
    temps.push(ws.dir);
    await mkdir(join(ws.outDir, 'diagrams', 'launch-gantt.svg'));
    const { result, err } = await render(ws, ['svg']);
    expect(result.status).toBe('failed');
    expect(err).toBe('dxplan: cannot write docs/diagrams/launch-gantt.svg: a folder stands where a file is needed\n');
  });

  it('still succeeds when only the cache cannot be saved, and says so', async () => {
    const ws = await diagramWorkspace({ 'launch-gantt.mmd': (await goodDiagrams())['launch-gantt.mmd']! });
    temps.push(ws.dir);
    await writeFile(join(ws.dir, '.dxplan'), 'a file where the cache folder would go');
    const { result, err } = await render(ws, ['svg']);
    expect(result.status).toBe('ok');
    expect(err).toBe('dxplan: cannot write .dxplan/cache/render.json: a file stands where a folder is needed\n');
    expect(await readFile(join(ws.outDir, 'diagrams', 'launch-gantt.svg'), 'utf8')).toContain('<svg');
  });

  it('says where it looked when --browser points nowhere, in the user\'s language', async () => {
    const ws = await diagramWorkspace(await goodDiagrams());
    temps.push(ws.dir);
    const { ctx, err } = captureContext('zh-CN', ws.dir);
    const result = await renderBuild({ ctx, workspaceDir: ws.dir, outDir: ws.outDir, files: ws.files, formats: ['svg'], browser: '/nonexistent/chromium' });
    expect(result.status).toBe('failed');
    expect(err()).toBe('dxplan: /nonexistent/chromium 处没有浏览器（由 --browser 指定）：请给出 Chromium 或 Chrome 可执行文件的路径\n');
  });

  it('explains a browser that will not start', async () => {
    const ws = await diagramWorkspace(await goodDiagrams());
    temps.push(ws.dir);
    const { ctx, err } = captureContext('en', ws.dir);
    const result = await renderBuild({ ctx, workspaceDir: ws.dir, outDir: ws.outDir, files: ws.files, formats: ['svg'], browser: '/bin/false' });
    expect(result.status).toBe('failed');
    expect(err()).toMatch(/^dxplan: could not start the browser \/bin\/false: /);
  });
});
