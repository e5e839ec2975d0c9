// One browser page with Mermaid loaded once, reused for every diagram of a build.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import type { MermaidBundle } from './mermaid-bundle.js';
import { PageCrashed } from './render-errors.js';

/** Mermaid's theme for every picture; part of the cache key so a change re-renders. */
export const MERMAID_THEME = 'default';

/** Pixels per CSS pixel in PNGs: twice the screen size keeps text crisp on slides and in print. */
export const PNG_SCALE = 2;

/**
 * Longest diagram text Mermaid is allowed to draw. Mermaid's default (50,000) is reached by the
 * product-architecture diagram of a large plan, and beyond its limit Mermaid silently draws an
 * error box instead; the build refuses anything longer than this with a message naming the file.
 */
export const MERMAID_MAX_TEXT = 2_000_000;

/** Most edges in one flowchart (Mermaid's default is 500, which a large plan's diagrams pass). */
export const MERMAID_MAX_EDGES = 20_000;

/** A rendered diagram, or Mermaid's own explanation of why it could not be. */
export type DiagramResult = { svg: string } | { error: string };

/** The page's Mermaid, one diagram at a time. */
export interface MermaidPage {
  /** Renders `source` as an SVG whose ids all derive from `id`. */
  render(id: string, source: string): Promise<DiagramResult>;
  /** Draws an SVG (from `render`, or from the cache) and returns it as a PNG. */
  png(svg: string): Promise<Uint8Array>;
  /** Loads Mermaid into the page now rather than at the first render (a warm start, see warm-render.ts). */
  preload(): Promise<void>;
}

/** The blank document Mermaid runs in: white, no margins, so screenshots are tight. */
const PAGE_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}#container{display:inline-block}</style></head><body><div id="container"></div></body></html>';

/**
 * Loads Mermaid by opening the same blank document from a file that names the script: Chromium
 * reads the 3.5 MB from disk itself, about twice as fast as sending it through the DevTools
 * protocol (addScriptTag). The document lives in a temporary folder only until it has loaded.
 */
async function loadFromFile(page: Page, bundle: MermaidBundle, allowed: Set<string>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-mermaid-'));
  try {
    const html = join(dir, 'page.html');
    const script = pathToFileURL(bundle.path).href;
    await writeFile(html, PAGE_HTML.replace('</head>', `<script src="${script.replace(/&/g, "&amp;")}"></script></head>`));
    const url = pathToFileURL(html).href;
    allowed.add(url).add(script);
    await page.goto(url, { waitUntil: 'load' });
    if (!(await page.evaluate(() => typeof (window as unknown as { mermaid?: unknown }).mermaid === 'object'))) throw new Error(`Mermaid did not load from ${bundle.path}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A 32-bit seed from a diagram id, so anything random inside Mermaid repeats exactly per diagram. */
const seedOf = (id: string): number => createHash('sha256').update(id).digest().readUInt32BE(0);

/** The slice of Mermaid's API the page uses. */
interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

/** Opens the page and cuts it off from the network; Mermaid is loaded into it once, when first needed. */
export async function openMermaidPage(browser: Browser, bundle: MermaidBundle): Promise<MermaidPage> {
  const page = await browser.newPage();
  const guard = crashGuard(page);
  // The page may read exactly two local files: its own document and Mermaid's script.
  const allowed = new Set<string>();
  await offline(page, allowed);
  await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: PNG_SCALE });
  await page.setContent(PAGE_HTML);
  // Mermaid is loaded on the first render only: PNGs of cached SVGs need just the blank page.
  let loaded: Promise<unknown> | undefined;
  const loadMermaid = async () => guard((loaded ??= loadFromFile(page, bundle, allowed)));

  return {
    async preload() {
      await loadMermaid();
    },

    async render(id, source) {
      await loadMermaid();
      return guard(page.evaluate(
        async (id, source, seed, theme, maxTextSize, maxEdges) => {
          const w = window as unknown as { mermaid: MermaidApi };
          const container = document.getElementById('container')!;
          const tidy = () => {
            container.innerHTML = '';
            // Mermaid leaves its scratch element behind when a diagram fails.
            for (const child of Array.from(document.body.children)) if (child !== container) child.remove();
          };
          // Anything random in Mermaid's layouts draws from a sequence fixed per diagram.
          let state = seed >>> 0;
          Math.random = () => {
            state = (state + 0x6d2b79f5) | 0;
            let x = Math.imul(state ^ (state >>> 15), 1 | state);
            x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
            return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
          };
          tidy();
          try {
            w.mermaid.initialize({
              startOnLoad: false,
              securityLevel: 'strict',
              deterministicIds: true,
              deterministicIDSeed: id,
              theme,
              suppressErrorRendering: true,
              maxTextSize,
              maxEdges,
              // A "today" line would change a committed Gantt chart every day.
              gantt: { todayMarker: 'off' },
            });
            const { svg } = await w.mermaid.render(id, source);
            container.innerHTML = svg;
            const element = container.querySelector('svg');
            if (!element) return { error: '' };
            // Readable on dark backgrounds too (GitHub's dark theme, slide templates).
            element.style.backgroundColor = 'white';
            // Mermaid's string can hold HTML inside <foreignObject> (<br>); the serializer makes it valid XML.
            return { svg: new XMLSerializer().serializeToString(element) };
          } catch (error) {
            const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
            tidy();
            return { error: message };
          }
        },
        id,
        source,
        seedOf(id),
        MERMAID_THEME,
        MERMAID_MAX_TEXT,
        MERMAID_MAX_EDGES,
      ));
    },

    async png(svg) {
      await guard(page.evaluate((svg) => {
        const container = document.getElementById('container')!;
        container.innerHTML = svg;
        const element = container.querySelector('svg');
        if (!element) return;
        // Draw at the diagram's natural size, not squeezed to the page width.
        const box = element.viewBox.baseVal;
        if (box && box.width > 0 && box.height > 0) {
          element.setAttribute('width', String(Math.ceil(box.width)));
          element.setAttribute('height', String(Math.ceil(box.height)));
          element.style.maxWidth = 'none';
        }
      }, svg));
      const handle = await guard(page.$('#container svg'));
      if (!handle) throw new Error('no <svg> to draw');
      try {
        return await guard(handle.screenshot({ type: 'png' }));
      } finally {
        // Guarded too: after a crash an unguarded call would wait for the protocol timeout.
        await guard(handle.dispose()).catch(() => undefined);
      }
    },
  };
}

/**
 * Makes a page's operations fail fast when its renderer crashes; puppeteer would otherwise leave
 * them waiting for the protocol timeout.
 */
export function crashGuard(page: Page): <T>(operation: Promise<T>) => Promise<T> {
  const crashed = new Promise<never>((_, reject) => page.once('error', () => reject(new PageCrashed())));
  crashed.catch(() => undefined);
  return (operation) => Promise.race([operation, crashed]);
}

/**
 * Refuses every request that would leave the machine: rendering never touches the network.
 * `allowFiles` lets local files through: all of them (`true`), or only the URLs in a set.
 */
export async function offline(page: Page, allowFiles: boolean | ReadonlySet<string> = false): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const file = url.startsWith('file:') && (allowFiles === true || (allowFiles !== false && allowFiles.has(url)));
    const local = url.startsWith('data:') || url.startsWith('about:') || file;
    void (local ? request.continue() : request.abort('blockedbyclient'));
  });
}
