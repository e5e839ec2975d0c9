// The small pieces of rendering that need no browser: formats, progress, cache, ids, PDF dates, sandbox.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { browserArgs, needsNoSandbox } from '../../src/render/launch-browser.js';
import { finishPdf } from '../../src/render/pdf-outline.js';
import { createProgress } from '../../src/render/progress.js';
import { cacheFile, cacheKey, RenderCache } from '../../src/render/render-cache.js';
import { diagramId } from '../../src/render/render-build.js';
import { parseRenderFormats } from '../../src/render/render-formats.js';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A stream that records what is written, optionally claiming to be a terminal. */
function sink(isTTY: boolean) {
  let text = '';
  const stream = Object.assign(new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } }), { isTTY });
  return { stream, text: () => text };
}

describe('parseRenderFormats', () => {
  it('accepts any order, case and spacing, and returns them in production order', () => {
    expect(parseRenderFormats('pdf, PNG ,svg,png')).toEqual({ formats: ['svg', 'png', 'pdf'] });
    expect(parseRenderFormats('xlsx,pptx,pdf')).toEqual({ formats: ['pdf', 'pptx', 'xlsx'] });
    expect(parseRenderFormats('png')).toEqual({ formats: ['png'] });
  });
  it('names the first unknown format', () => {
    expect(parseRenderFormats('svg,jpeg')).toEqual({ invalid: 'jpeg' });
    expect(parseRenderFormats('')).toEqual({ invalid: '' });
  });
});

describe('progress', () => {
  it('rewrites one line in place on a terminal and clears it at the end', () => {
    const { stream, text } = sink(true);
    const progress = createProgress({ stream, quiet: false }, 2);
    progress.step('docs/diagrams/a.svg');
    progress.step('docs/diagrams/a.png');
    progress.clear();
    expect(text()).toBe('\r\x1b[2K[1/2] docs/diagrams/a.svg\r\x1b[2K[2/2] docs/diagrams/a.png\r\x1b[2K');
  });
  it('keeps the line inside a narrow terminal, showing the end of the path', () => {
    const { stream, text } = sink(true);
    const progress = createProgress({ stream: Object.assign(stream, { columns: 21 }), quiet: false }, 9);
    progress.step('docs/diagrams/north-star-tree.png');
    expect(text()).toBe('\r\x1b[2K…north-star-tree.png');
  });
  it('is silent with --quiet and when stderr is not a terminal', () => {
    for (const [isTTY, quiet] of [[false, false], [true, true]] as const) {
      const { stream, text } = sink(isTTY);
      const progress = createProgress({ stream, quiet }, 3);
      progress.step('x');
      progress.clear();
      expect(text()).toBe('');
    }
  });
});

describe('RenderCache', () => {
  it('trusts an output only when its key matches and its bytes still hash the same', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-cache-test-'));
    temps.push(dir);
    const out = join(dir, 'docs', 'a.svg');
    await mkdir(join(dir, 'docs'));
    await writeFile(out, '<svg>1</svg>');
    const cache = await RenderCache.load(dir);
    cache.remember('docs/a.svg', 'k1', '<svg>1</svg>');
    await cache.save();

    const reloaded = await RenderCache.load(dir);
    expect((await reloaded.fresh('docs/a.svg', out, 'k1'))?.toString()).toBe('<svg>1</svg>');
    expect(await reloaded.fresh('docs/a.svg', out, 'k2')).toBeUndefined();
    await writeFile(out, '<svg>edited</svg>');
    expect(await reloaded.fresh('docs/a.svg', out, 'k1')).toBeUndefined();
    await rm(out);
    expect(await reloaded.fresh('docs/a.svg', out, 'k1')).toBeUndefined();
  });

  it('writes a sorted, stable file under .dxplan/cache and shrugs off a damaged one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-cache-test-'));
    temps.push(dir);
    const cache = await RenderCache.load(dir);
    cache.remember('docs/b.png', 'kb', 'b');
    cache.remember('docs/a.png', 'ka', 'a');
    await cache.save();
    const text = await readFile(cacheFile(dir), 'utf8');
    expect(cacheFile(dir)).toBe(join(dir, '.dxplan', 'cache', 'render.json'));
    expect(Object.keys(JSON.parse(text).entries)).toEqual(['docs/a.png', 'docs/b.png']);
    expect(text.endsWith('}\n')).toBe(true);
    // Ignored by git wherever the workspace lives, without touching the user's own .gitignore.
    expect(await readFile(join(dir, '.dxplan', 'cache', '.gitignore'), 'utf8')).toMatch(/^\*$/m);

    await writeFile(cacheFile(dir), '{ not json');
    const damaged = await RenderCache.load(dir);
    expect(await damaged.fresh('docs/a.png', join(dir, 'docs/a.png'), 'ka')).toBeUndefined();
  });

  it('gives a different key when any input differs, including where one part ends', () => {
    expect(cacheKey(['svg', 'ab', 'c'])).not.toBe(cacheKey(['svg', 'a', 'bc']));
    expect(cacheKey(['svg', 'x'])).toBe(cacheKey(['svg', 'x']));
    expect(cacheKey(['svg', 'x'])).not.toBe(cacheKey(['png', 'x']));
  });
});

describe('diagramId', () => {
  it('derives a readable CSS-safe id from the path', () => {
    expect(diagramId('diagrams/north-star.mmd')).toBe('d-diagrams-north-star');
    expect(diagramId('diagrams/value_network.mmd')).toBe('d-diagrams-value_network');
  });
  it('keeps ids of non-ASCII names apart with a hash', () => {
    const a = diagramId('diagrams/价值网络.mmd');
    const b = diagramId('diagrams/北极星.mmd');
    expect(a).toMatch(/^d-diagrams-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe('finishPdf', () => {
  const meta = { title: '规划 Plan', subject: 'Digital transformation plan · Org', author: 'Org 组织', keywords: ['dxplan'], language: 'zh-CN', created: '2026-09-14', modified: '2026-10-01', version: 'abc' };

  /** A PDF stamped with the clock and a user agent, as Chromium's are. */
  async function clockedPdf(): Promise<Uint8Array> {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    doc.setCreator('Mozilla/5.0 HeadlessChrome');
    doc.setCreationDate(new Date());
    return doc.save();
  }

  it('sets the metadata from the workspace, read back by poppler: no clock, no user agent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-pdfmeta-'));
    temps.push(dir);
    const file = join(dir, 'x.pdf');
    await writeFile(file, await finishPdf(await clockedPdf(), meta));
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+规划 Plan$/m);
    expect(info).toMatch(/^Author:\s+Org 组织$/m);
    expect(info).toMatch(/^Creator:\s+dxplan$/m);
    expect(info).toMatch(/^CreationDate:\s+2026-09-14T00:00:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2026-10-01T00:00:00Z$/m);
  });

  it('gives the same bytes for the same input, whatever the clock said', async () => {
    const a = await finishPdf(await clockedPdf(), meta);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await finishPdf(await clockedPdf(), meta);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('writes no dates at all when the workspace has none', async () => {
    const bytes = Buffer.from(await finishPdf(await clockedPdf(), { ...meta, created: null, modified: null })).toString('latin1');
    expect(bytes).not.toMatch(/CreationDate|ModDate/);
  });
});

describe('sandbox', () => {
  it('turns the sandbox off for root or when DXPLAN_NO_SANDBOX asks, and only then', () => {
    expect(needsNoSandbox({}, 0)).toBe(true);
    expect(needsNoSandbox({}, 1000)).toBe(false);
    expect(needsNoSandbox({ DXPLAN_NO_SANDBOX: '1' }, 1000)).toBe(true);
    expect(needsNoSandbox({ DXPLAN_NO_SANDBOX: '0' }, 1000)).toBe(false);
    expect(browserArgs(true, '/tmp/p')).toContain('--no-sandbox');
    expect(browserArgs(false, '/tmp/p')).not.toContain('--no-sandbox');
    expect(browserArgs(false, '/tmp/p')).toContain('--user-data-dir=/tmp/p');
  });
});
