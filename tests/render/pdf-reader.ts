// Reads a PDF back with poppler (pdfinfo, pdftotext, pdftohtml), a reader other than the Chromium
// and pdf-lib that wrote it: pages and their sizes, the text of each page, the outline, font sizes.
import { execFileSync } from 'node:child_process';

/** One run of text on a page: where it is, how large (points), what it says. */
export interface PdfText {
  page: number;
  top: number;
  /** Height of the page in the same units as `top`. */
  pageHeight: number;
  size: number;
  text: string;
}

/** What poppler reads from a PDF. */
export interface PdfRead {
  info: Record<string, string>;
  /** Page sizes in points, 1-based page order. */
  sizes: { width: number; height: number }[];
  /** The text of each page (pdftotext -layout), 1-based in order. */
  pages: string[];
  /** The bookmarks, flattened in order. */
  outline: { title: string; page: number; depth: number }[];
  texts: PdfText[];
}

/** pdftohtml writes coordinates and sizes at this zoom. */
const ZOOM = 1.5;

const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Reads `file` with poppler-utils. */
export function readPdf(file: string): PdfRead {
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', file]).split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  const count = Number(info.Pages);
  const sizes: PdfRead['sizes'] = [];
  for (const line of run('pdfinfo', ['-f', '1', '-l', String(count), file]).split('\n')) {
    const m = /^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(line);
    if (m) sizes.push({ width: Number(m[1]), height: Number(m[2]) });
  }
  const pages = run('pdftotext', ['-layout', file, '-']).split('\f').slice(0, count);
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
  const outline: PdfRead['outline'] = [];
  let depth = -1;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g)) {
    if (m[0] === '<outline>') depth += 1;
    else if (m[0] === '</outline>') depth -= 1;
    else outline.push({ title: decode(m[2]!).trim(), page: Number(m[1]), depth });
  }
  const fonts = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="([\d.-]+)"/g)].map((m) => [m[1]!, Number(m[2]) / ZOOM]));
  const texts: PdfText[] = [];
  for (const m of xml.matchAll(/<page number="(\d+)"[^>]*height="(\d+)"[^>]*>([\s\S]*?)<\/page>/g)) {
    for (const t of m[3]!.matchAll(/<text top="(-?\d+)"[^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)) {
      texts.push({ page: Number(m[1]), top: Number(t[1]), pageHeight: Number(m[2]), size: fonts.get(t[2]!) ?? 0, text: decode(t[3]!) });
    }
  }
  return { info, sizes, pages, outline, texts };
}

/** Text without any white space, to find a cell's words whether or not they wrapped. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');
