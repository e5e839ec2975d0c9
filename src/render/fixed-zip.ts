// Office files are zip archives, and their writers stamp each entry with the clock: re-pack them
// with one date from the workspace, so the same plan gives the same bytes on every machine and in
// every time zone (JSZip writes entry times from the UTC fields of the date).
import type JSZipType from 'jszip';

/** The date written when the plan has none: the first day zip's DOS format can say, in UTC. */
const NO_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * Re-packs `bytes` with every entry dated `date` (midnight UTC of a workspace date), in the same
 * order, DEFLATE-compressed; `edit` may rewrite an entry's text first (e.g. docProps/core.xml).
 */
export async function fixZip(bytes: Uint8Array, date: Date | null, edit: (name: string, text: string) => string = (_, text) => text): Promise<Uint8Array> {
  const { default: JSZip } = (await import('jszip')) as unknown as { default: typeof JSZipType };
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const when = date ?? NO_DATE;
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    const isXml = /\.(xml|rels)$/i.test(name);
    const data = isXml ? edit(name, await entry.async('string')) : await entry.async('uint8array');
    out.file(name, data, { date: when, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

/** An ISO instant for Office's core properties: the workspace date at midnight UTC, without milliseconds. */
export const officeInstant = (date: Date | null): string => (date ?? NO_DATE).toISOString().replace(/\.\d{3}Z$/, 'Z');
