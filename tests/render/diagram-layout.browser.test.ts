// What a reader sees in the pictures, measured in a real Chromium on the drawn SVG: no label is
// clipped, no edge runs through a box, the roadmap shows its order, and every diagram wears the
// one theme. Each example's diagrams are generated in-process and drawn with dxplan's Mermaid page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivePlan } from '../../src/domain/model/index.js';
import { generateDocuments } from '../../src/generate/generate-documents.js';
import { COMMON_THEME_VARIABLES, PALETTE } from '../../src/generate/mermaid/theme.js';
import { locateMermaid } from '../../src/render/mermaid-bundle.js';
import { openMermaidPage, type MermaidPage } from '../../src/render/mermaid-page.js';
import { loadFixture } from '../generate/load-fixture.js';
import { CHROMIUM } from './helpers.js';

let browser: Browser;
let mermaid: MermaidPage;
let measure: Page;
let profile: string;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dxplan-layout-'));
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: 'shell', args: ['--no-sandbox', `--user-data-dir=${profile}`], env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, TMPDIR: profile } });
  mermaid = await openMermaidPage(browser, locateMermaid());
  measure = await browser.newPage();
  await measure.setViewport({ width: 1400, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await rm(profile, { recursive: true, force: true });
});

/** The example's diagrams, drawn: path, source and SVG. */
async function drawn(dir: string): Promise<{ path: string; source: string; svg: string }[]> {
  const { ws, report, options } = await loadFixture(dir);
  const files = generateDocuments(derivePlan(ws), report, { ...options, only: ['diagrams'] });
  const out = [];
  for (const f of files) {
    const source = String(f.contents);
    const r = await mermaid.render(`d-${f.path.replace(/[^a-z0-9]+/gi, '-')}`, source);
    if ('error' in r) throw new Error(`${f.path}: ${r.error}`);
    out.push({ path: f.path, source, svg: r.svg });
  }
  return out;
}

/** Shows the SVG at its natural size and measures it: clipped labels and edges crossing boxes. */
async function inspect(svg: string) {
  await measure.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  return measure.evaluate(() => {
    const root = document.querySelector('svg')!;
    const box = root.viewBox.baseVal;
    root.setAttribute('width', String(box.width));
    root.setAttribute('height', String(box.height));
    root.style.maxWidth = 'none';
    const frame = root.getBoundingClientRect();
    const clipped: string[] = [];
    // Text drawn as SVG text (radar, Gantt) and as HTML inside foreignObject (flowchart, block labels).
    for (const el of Array.from(root.querySelectorAll('text'))) {
      const r = el.getBoundingClientRect();
      if (!el.textContent?.trim() || r.width === 0) continue;
      if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) clipped.push(`outside: ${el.textContent}`);
    }
    for (const fo of Array.from(root.querySelectorAll('foreignObject'))) {
      const inner = fo.firstElementChild as HTMLElement | null;
      if (!inner || !inner.textContent?.trim()) continue;
      const r = fo.getBoundingClientRect();
      const content = inner.getBoundingClientRect();
      if (content.width > r.width + 1.5 || content.height > r.height + 1.5) clipped.push(`cut: ${inner.textContent}`);
      if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) clipped.push(`outside: ${inner.textContent}`);
    }
    // Edges sampled every 4 px (their ends left out: they touch their own boxes).
    const nodes = Array.from(root.querySelectorAll('g.node')).map((n) => ({ id: n.id, r: n.getBoundingClientRect() }));
    const through: string[] = [];
    for (const path of Array.from(root.querySelectorAll<SVGPathElement>('g.edgePaths path, path.flowchart-link'))) {
      const length = path.getTotalLength();
      const matrix = path.getScreenCTM()!;
      for (let at = 10; at < length - 10; at += 4) {
        const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(matrix);
        const hit = nodes.find(({ r }) => p.x > r.left + 3 && p.x < r.right - 3 && p.y > r.top + 3 && p.y < r.bottom - 3);
        if (hit) {
          through.push(`${path.id} through ${hit.id}`);
          break;
        }
      }
    }
    return { clipped, through };
  });
}

describe.each(['examples/home-furnishing', 'examples/patient-service'])('the diagrams of %s, drawn', (dir) => {
  let diagrams: Awaited<ReturnType<typeof drawn>>;
  beforeAll(async () => {
    diagrams = await drawn(dir);
  }, 120_000);

  it('clip no label: every text lies inside its picture and inside its box', async () => {
    for (const d of diagrams) expect((await inspect(d.svg)).clipped, d.path).toEqual([]);
  });

  it('run no edge through a box', async () => {
    for (const d of diagrams.filter((x) => /^---[\s\S]*?---\s*%%[^\n]*\nflowchart/.test(x.source))) expect((await inspect(d.svg)).through, d.path).toEqual([]);
  });

  it('wear one theme: the front matter of every diagram, and the palette in every picture', () => {
    const frontMatters = diagrams.map((d) => /^---\nconfig:\n  theme: "base"\n  themeVariables:\n([\s\S]*?)\n  [a-z]/.exec(d.source)?.[1]);
    for (const [i, fm] of frontMatters.entries()) expect(fm, diagrams[i]!.path).toBeDefined();
    // The same shared theme variables in every file, from the one definition.
    const shared = Object.entries(COMMON_THEME_VARIABLES).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`);
    for (const [i, fm] of frontMatters.entries()) for (const line of shared) expect(fm!.split('\n'), diagrams[i]!.path).toContain(line);
    for (const d of diagrams) {
      // Mermaid's default theme colours are gone: no yellow clusters, no purple boxes.
      expect(d.svg, d.path).not.toMatch(/#ffffde|#ECECFF|#9370DB/i);
      expect(d.svg.toLowerCase(), d.path).toContain(PALETTE.primary);
    }
  });

  it('draw the roadmap in its order, an arrow from CRM to BPM and from BPM to PaaS', async () => {
    const roadmap = diagrams.find((d) => d.path === 'diagrams/roadmap.mmd')!;
    await measure.setContent(`<!doctype html><html><body>${roadmap.svg}</body></html>`);
    const order = await measure.evaluate(() => {
      const at = (id: string) => document.querySelector(`[id*="${id}"]`)!.getBoundingClientRect();
      const stage = (s: string) => at(`s_${s}`);
      const arrows = ['then_crm', 'then_bpm'].map(at);
      return { crm: stage('crm').left, bpm: stage('bpm').left, paas: stage('paas').left, arrows: arrows.map((a) => a.left), y: arrows.map((a) => a.top) };
    });
    expect(order.crm).toBeLessThan(order.arrows[0]!);
    expect(order.arrows[0]).toBeLessThan(order.bpm);
    expect(order.bpm).toBeLessThan(order.arrows[1]!);
    expect(order.arrows[1]).toBeLessThan(order.paas);
  });

  it('say "launch leverage" once in the value network, on the one arrow from the key resources', () => {
    const vn = diagrams.find((d) => d.path === 'diagrams/value-network.mmd')!;
    const leverage = dir.includes('patient') ? '启动杠杆' : 'launch leverage';
    expect(vn.svg.split(leverage).length - 1).toBe(1);
  });
});
