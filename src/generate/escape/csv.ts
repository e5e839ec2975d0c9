// CSV as RFC 4180 describes it, made safe to open in a spreadsheet.

/** The UTF-8 byte-order mark that makes Excel read a CSV file as UTF-8 (Chinese text shows correctly). */
export const UTF8_BOM = '\uFEFF';

// A cell starting with one of these is read as a formula by Excel and LibreOffice (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it holds a comma, quote or line break (quotes doubled), and prefixed
 * with an apostrophe when a spreadsheet would otherwise run it as a formula.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
