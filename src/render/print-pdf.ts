// Prints the HTML plan report to PDF in the build's browser.
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { crashGuard, offline } from './mermaid-page.js';

/** A fixed date for the PDF's metadata, so an unchanged report prints to the same bytes. */
const FIXED_PDF_DATE = "D:20000101000000+00'00'";

/**
 * Replaces Chromium's CreationDate and ModDate with a fixed date of the same length: the byte
 * offsets in the cross-reference table stay valid, and the file stops changing on every print.
 */
export function stabilizePdf(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const stable = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (whole, field: string, date: string) =>
    date.length === FIXED_PDF_DATE.length ? `/${field} (${FIXED_PDF_DATE})` : whole,
  );
  return Buffer.from(stable, 'latin1');
}

/** Prints `htmlPath` (A4, backgrounds, page numbers) with only local files reachable. */
export async function printPdf(browser: Browser, htmlPath: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  const guard = crashGuard(page);
  try {
    await offline(page, true);
    await guard(page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' }));
    const pdf = await guard(page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-size:8px;color:#666;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    }));
    return stabilizePdf(pdf);
  } finally {
    await guard(page.close()).catch(() => undefined);
  }
}
