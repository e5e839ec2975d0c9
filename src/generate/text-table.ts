// The one renderer of TextTables for the terminal: box-drawn, wrapped to a width, correct for
// Chinese text (wide characters take two columns). `dxplan show` and the interview both use it.
import Table from 'cli-table3';
import type { TextTable } from './canvas-tables.js';
import { fitColumns, textWidth, wrapText } from './text-width.js';

/** How to render. */
export interface RenderTableOptions {
  /** Columns available, e.g. the terminal's width. */
  width: number;
  /** Cyan headings and grey borders. */
  color: boolean;
  /** Printed under the title of a table without rows; without it, such tables are left out. */
  empty?: string;
}

/** The tables, each under its title, separated by a blank line. */
export function renderTables(tables: readonly TextTable[], options: RenderTableOptions): string {
  const shown = options.empty === undefined ? tables.filter((t) => t.rows.length > 0) : tables;
  return shown.map((table) => `${table.title}\n${table.rows.length === 0 ? options.empty : renderTable(table, options)}`).join('\n\n');
}

/** One table without its title, no wider than `options.width`. */
export function renderTable(table: TextTable, options: RenderTableOptions): string {
  // Borders and one space of padding each side take 3 columns per column, plus one.
  const available = options.width - (3 * table.head.length + 1);
  const natural = table.head.map((h, c) => Math.max(textWidth(h), ...table.rows.map((r) => Math.max(0, ...(r[c] ?? '').split('\n').map(textWidth)))));
  const widths = fitColumns(natural, available);
  const out = new Table({
    head: table.head.map((h, c) => wrapText(h, widths[c]!).join('\n')),
    colWidths: widths.map((w) => w + 2),
    style: { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of table.rows) out.push(row.map((cell, c) => wrapText(cell, widths[c]!).join('\n')));
  return out.toString();
}
