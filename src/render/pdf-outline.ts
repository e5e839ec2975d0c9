// Reads and finishes the PDFs Chromium prints, with pdf-lib: the outline (bookmarks) it made from
// the headings, and the document's metadata, set from the workspace so the bytes never depend on the clock.
import type { DocumentMeta } from '../generate/deliverables/index.js';
import { metaInstant } from '../generate/deliverables/document-meta.js';

/** One bookmark: its title and the 1-based page it opens, in document order (depth first). */
export interface OutlineEntry {
  title: string;
  page: number;
  depth: number;
}

type PdfLib = typeof import('pdf-lib');

/** pdf-lib, loaded only when a PDF is printed. */
const pdfLib = async (): Promise<PdfLib> => import('pdf-lib');

/** The outline of a PDF, flattened; empty when it has none. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const { PDFDocument, PDFName, PDFDict, PDFArray, PDFRef, PDFString, PDFHexString } = await pdfLib();
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const entries: OutlineEntry[] = [];
  const text = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : '');
  const destPage = (item: import('pdf-lib').PDFDict): number => {
    let dest = item.lookup(PDFName.of('Dest'));
    const action = item.lookup(PDFName.of('A'));
    if (!dest && action instanceof PDFDict) dest = action.lookup(PDFName.of('D'));
    if (dest instanceof PDFArray) {
      const ref = dest.get(0);
      if (ref instanceof PDFRef) return pageOf.get(ref.toString()) ?? 0;
    }
    return 0;
  };
  const walk = (first: unknown, depth: number) => {
    let node = first;
    const seen = new Set<unknown>();
    while (node instanceof PDFDict && !seen.has(node)) {
      seen.add(node);
      entries.push({ title: text(node.lookup(PDFName.of('Title'))), page: destPage(node), depth });
      walk(node.lookup(PDFName.of('First')), depth + 1);
      node = node.lookup(PDFName.of('Next'));
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')), 0);
  return entries;
}

/** PDF date of a workspace date: midnight UTC, so every time zone writes the same bytes. */
const pdfDate = (date: Date) => `D:${date.toISOString().slice(0, 10).replace(/-/g, '')}000000Z`;

/**
 * Sets the document's metadata from the plan: title, author (the client), subject, keywords,
 * language, and the dates the workspace gives (none when it gives none), replacing Chromium's
 * clock and user agent. Re-saved without object streams; the same input gives the same bytes.
 */
export async function finishPdf(bytes: Uint8Array, meta: DocumentMeta): Promise<Uint8Array> {
  const { PDFDocument, PDFName, PDFString, PDFHexString, PDFDict } = await pdfLib();
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  const dict = info instanceof PDFDict ? info : doc.context.obj({});
  if (!(info instanceof PDFDict)) doc.context.trailerInfo.Info = doc.context.register(dict);
  for (const key of ['CreationDate', 'ModDate', 'Creator', 'Producer', 'Title', 'Author', 'Subject', 'Keywords']) dict.delete(PDFName.of(key));
  dict.set(PDFName.of('Title'), PDFHexString.fromText(meta.title));
  dict.set(PDFName.of('Author'), PDFHexString.fromText(meta.author));
  dict.set(PDFName.of('Subject'), PDFHexString.fromText(meta.subject));
  dict.set(PDFName.of('Keywords'), PDFHexString.fromText(meta.keywords.join(', ')));
  dict.set(PDFName.of('Creator'), PDFString.of('dxplan'));
  dict.set(PDFName.of('Producer'), PDFString.of('dxplan (Chromium, pdf-lib)'));
  const created = metaInstant(meta.created);
  const modified = metaInstant(meta.modified) ?? created;
  if (created) dict.set(PDFName.of('CreationDate'), PDFString.of(pdfDate(created)));
  if (modified) dict.set(PDFName.of('ModDate'), PDFString.of(pdfDate(modified)));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  // The bookmarks panel opens with the PDF, so the outline is seen at once.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // Chromium's file id hashes its own metadata: derive it from the content instead.
  doc.context.trailerInfo.ID = undefined;
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
