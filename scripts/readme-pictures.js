#!/usr/bin/env node
// Regenerates the pictures of README.md and docs/outputs.md (docs/images/*.png) from the bundled
// English example, exactly as a user's build draws them: the diagrams, a page of the PDF, a slide
// of the deck and the board. Run it after changing how a document or picture looks:
//   npm run build && node scripts/readme-pictures.js
// Needs Chromium (DXPLAN_BROWSER or /usr/bin/chromium), poppler-utils (pdftoppm, pdftotext) and
// LibreOffice (soffice, only to show the deck as a picture).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const IMAGES = join(ROOT, 'docs', 'images');
const BROWSER = process.env.DXPLAN_BROWSER ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'dxplan-pictures-'));
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

try {
  const ws = join(work, 'home-furnishing');
  cpSync(join(ROOT, 'examples', 'home-furnishing'), ws, { recursive: true });
  run(process.execPath, [join(ROOT, 'bin', 'dxplan.js'), 'build', ws, '--render', 'png,pdf,pptx', '--quiet'], { env: { ...process.env, DXPLAN_BROWSER: BROWSER } });
  const docs = join(ws, 'docs');

  // The diagrams, as docs/outputs.md shows them (one business architecture: the first goal's).
  const diagrams = { 'value-network': 'value-network', 'business-architecture-lead_capture': 'business-architecture', 'product-architecture': 'product-architecture', 'north-star-tree': 'north-star-tree', 'diamond-radar': 'diamond-radar', roadmap: 'roadmap', 'launch-gantt': 'launch-gantt' };
  for (const [from, to] of Object.entries(diagrams)) copyFileSync(join(docs, 'diagrams', `${from}.png`), join(IMAGES, `${to}.png`));

  /** The 1-based page of a PDF whose text holds `title` first (after the contents page). */
  const pageWith = (pdf, title, from = 3) => {
    const pages = run('pdftotext', ['-layout', pdf, '-']).split('\f');
    const index = pages.findIndex((text, i) => i + 1 >= from && text.includes(title));
    if (index < 0) throw new Error(`no page of ${pdf} says "${title}"`);
    return index + 1;
  };
  const pageToPng = (pdf, page, out, dpi) => run('pdftoppm', ['-png', '-singlefile', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf, out.replace(/\.png$/, '')]);

  // A page of the PDF to hand over: the north-star chapter (card, candidates, input metrics).
  const pdf = join(docs, 'plan-report.pdf');
  pageToPng(pdf, pageWith(pdf, 'North-star card'), join(IMAGES, 'pdf-page.png'), 70);

  // A slide of the deck, drawn by LibreOffice (a reader other than the writer): the roadmap.
  run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(docs, 'plan-deck.pptx')], { env: { ...process.env, HOME: work } });
  const deck = join(work, 'plan-deck.pdf');
  pageToPng(deck, pageWith(deck, 'Roadmap position', 2), join(IMAGES, 'slide.png'), 60);

  // The board, as the HTML report shows it: its first rows.
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: BROWSER, headless: 'shell', args: ['--no-sandbox', `--user-data-dir=${join(work, 'profile')}`] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(join(docs, 'plan-report.html')).href, { waitUntil: 'load' });
    const box = await page.$eval('#board', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: Math.min(r.height, 760) };
    });
    await page.screenshot({ path: join(IMAGES, 'board.png'), clip: box, captureBeyondViewport: true });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${readdirSync(IMAGES).sort().map((f) => `docs/images/${f}`).join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
