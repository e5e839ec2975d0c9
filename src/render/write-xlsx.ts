// `--render xlsx`: the workbook spec written with exceljs (a header row frozen and filtered, column
// widths, wrapped cells), then re-packed with the workspace's date so the bytes never change by themselves.
import type { WorkbookSpec } from '../generate/deliverables/index.js';
import { metaInstant } from '../generate/deliverables/document-meta.js';
import { PALETTE } from '../generate/mermaid/theme.js';
import { fixZip, officeInstant } from './fixed-zip.js';

/** ARGB of a palette colour, as exceljs wants it. */
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** The workbook as XLSX bytes; exceljs is loaded only here, for `--render xlsx`. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const created = metaInstant(spec.meta.created);
  const modified = metaInstant(spec.meta.modified) ?? created;
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.meta.author;
  wb.lastModifiedBy = 'dxplan';
  wb.title = spec.meta.title;
  wb.subject = spec.meta.subject;
  wb.keywords = spec.meta.keywords.join(', ');
  wb.company = spec.meta.author;
  if (created) wb.created = created;
  if (modified) wb.modified = modified;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }] });
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width }));
    for (const row of s.rows) ws.addRow(row.map((v) => (v === null ? null : v)));
    const header = ws.getRow(1);
    header.font = { bold: true, color: { argb: argb(PALETTE.white) } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(PALETTE.primary) } };
    header.alignment = { vertical: 'middle', wrapText: true };
    ws.eachRow((row, n) => {
      if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, s.rows.length + 1), column: s.columns.length } };
  }
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  // exceljs stamps core.xml with the date given above; the zip entries get the same date here.
  return fixZip(raw, modified, (name, text) =>
    name === 'docProps/core.xml' && !created ? text.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, (m, tag: string) => m.replace(/>[^<]*</, `>${officeInstant(null)}<`)) : text,
  );
}
