// Prints an HTML report to a PDF to hand over: a cover, contents with the pages they point at,
// bookmarks from the headings, page numbers, and metadata from the workspace (print-layout CSS is
// in the report's template; this fills in what only the printed pages know).
import { pathToFileURL } from 'node:url';
import type { Browser, Page, PDFOptions } from 'puppeteer-core';
import type { DocumentMeta } from '../generate/deliverables/index.js';
import { escapeHtml } from '../generate/escape/html.js';
import { DIAGRAM_FONTS } from '../generate/mermaid/theme.js';
import { crashGuard, offline } from './mermaid-page.js';
import { finishPdf, readOutline, type OutlineEntry } from './pdf-outline.js';

/** Most print passes: each fills the contents with the pages the last one put the chapters on. */
const MAX_PASSES = 3;

/** Chromium's print settings: A4 from the page's CSS (landscape pages too), backgrounds, bookmarks, footer. */
function pdfOptions(meta: DocumentMeta): PDFOptions {
  return {
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="width:100%;font-size:8px;color:#667085;padding:0 14mm;display:flex;justify-content:space-between;font-family:${escapeHtml(DIAGRAM_FONTS)}"><span>${escapeHtml(meta.title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}

/** The page each chapter of the contents starts on, from the bookmarks (a chapter's title is its h2's). */
function chapterPages(outline: readonly OutlineEntry[], chapters: readonly { id: string; title: string }[]): Map<string, number> {
  const pages = new Map<string, number>();
  let from = 0;
  for (const chapter of chapters) {
    const at = outline.findIndex((e, i) => i >= from && e.title.trim() === chapter.title);
    if (at < 0) continue;
    pages.set(chapter.id, outline[at]!.page);
    from = at + 1;
  }
  return pages;
}

/** Writes the page numbers into the contents of the loaded report. */
async function fillContents(page: Page, pages: ReadonlyMap<string, number>): Promise<void> {
  await page.evaluate((entries: [string, number][]) => {
    for (const [id, n] of entries) {
      const cell = document.querySelector(`nav.toc .page[data-for="${CSS.escape(id)}"]`);
      if (cell) cell.textContent = String(n);
    }
  }, [...pages]);
}

/**
 * Prints `htmlPath` with only local files reachable. The contents' page numbers come from a first
 * print's bookmarks, and the report is printed again until they hold (they take no room of their own).
 */
export async function printPdf(browser: Browser, htmlPath: string, meta: DocumentMeta): Promise<Uint8Array> {
  const page = await browser.newPage();
  const guard = crashGuard(page);
  try {
    await offline(page, true);
    await guard(page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' }));
    await guard(page.emulateMediaType('print'));
    const chapters = await guard(
      page.evaluate(() =>
        Array.from(document.querySelectorAll('nav.toc .page[data-for]')).map((el) => {
          const id = el.getAttribute('data-for')!;
          return { id, title: (document.getElementById(id)?.querySelector('h2')?.textContent ?? '').trim() };
        }),
      ),
    );
    const options = pdfOptions(meta);
    let pdf = await guard(page.pdf(options));
    let pages = chapterPages(await readOutline(pdf), chapters);
    for (let pass = 1; pass < MAX_PASSES && pages.size > 0; pass++) {
      await guard(fillContents(page, pages));
      pdf = await guard(page.pdf(options));
      const again = chapterPages(await readOutline(pdf), chapters);
      const same = [...pages].every(([id, n]) => again.get(id) === n);
      pages = again;
      if (same) break;
    }
    return await finishPdf(pdf, meta);
  } finally {
    await guard(page.close()).catch(() => undefined);
  }
}
