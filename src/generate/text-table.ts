// The one renderer of TextTables for the terminal, behind `dxplan show` and every interview
// summary: box-drawn, never wider than the terminal, every cell wrapped (text-width.ts) and
// never cut. When the columns cannot all fit without splitting words, each row is shown as a
// card of "heading | value" lines instead, so a narrow terminal still reads cleanly.
import type { TextTable } from './canvas-tables.js';
import { fitColumns, textWidth, widestUnit, wrapText } from './text-width.js';

/** How to render. */
export interface RenderTableOptions {
  /** Columns available, e.g. the terminal's width. */
  width: number;
  /** Cyan headings and grey borders. */
  color: boolean;
  /** Printed under the title of a table without rows; without it, such tables are left out. */
  empty?: string;
}

/** A word longer than this may be split in a grid column (a URL, a long id) rather than forcing cards. */
const LONGEST_KEPT_WORD = 16;
/** Columns narrower than this make a grid hard to read: cards are used instead. */
const NARROWEST_COLUMN = 4;

const cyan = (s: string) => `\u001b[36m${s}\u001b[39m`;
const grey = (s: string) => `\u001b[90m${s}\u001b[39m`;

/** The tables, each under its title, separated by a blank line. */
export function renderTables(tables: readonly TextTable[], options: RenderTableOptions): string {
  const shown = options.empty === undefined ? tables.filter((t) => t.rows.length > 0) : tables;
  return shown
    .map((table) => {
      const title = table.title ? `${wrapText(table.title, options.width).join('\n')}\n` : '';
      return `${title}${table.rows.length === 0 ? wrapText(options.empty ?? '', options.width).join('\n') : renderTable(table, options)}`;
    })
    .join('\n\n');
}

/** One table without its title, no wider than `options.width`: a grid when it fits, else one card per row. */
export function renderTable(table: TextTable, options: RenderTableOptions): string {
  const width = Math.max(20, Math.floor(options.width));
  const columns = table.head.length;
  const cell = (r: readonly string[], c: number) => r[c] ?? '';
  const natural = table.head.map((h, c) => Math.max(textWidth(h) > 0 ? Math.max(...h.split('\n').map(textWidth)) : 1, ...table.rows.map((r) => Math.max(1, ...cell(r, c).split('\n').map(textWidth)))));
  const minimum = table.head.map((h, c) =>
    Math.max(NARROWEST_COLUMN, Math.min(LONGEST_KEPT_WORD, Math.max(widestUnit(h), ...table.rows.map((r) => widestUnit(cell(r, c)))))),
  );
  // Borders and one space of padding each side take 3 columns per column, plus one.
  const widths = fitColumns(natural, width - (3 * columns + 1), minimum);
  if (widths) return grid([table.head, ...table.rows], widths, options.color, { head: true });
  return cards(table, width, options.color);
}

/**
 * A box-drawn grid; the first row is the heading when `head` is set. Rows of the same `group`
 * (a card's lines) share a box without rules between them; every other row is ruled off.
 */
function grid(rows: readonly (readonly string[])[], widths: readonly number[], color: boolean, opts: { head?: boolean; groups?: readonly number[] }): string {
  const head = opts.head ?? false;
  const border = (s: string) => (color ? grey(s) : s);
  const rule = (left: string, mid: string, right: string) => border(`${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`);
  const lines: string[] = [rule('┌', '┬', '┐')];
  rows.forEach((row, r) => {
    const wrapped = widths.map((w, c) => wrapText(row[c] ?? '', w));
    const height = Math.max(1, ...wrapped.map((l) => l.length));
    for (let i = 0; i < height; i++) {
      const parts = wrapped.map((cellLines, c) => {
        const text = cellLines[i] ?? '';
        const padded = text + ' '.repeat(Math.max(0, widths[c]! - textWidth(text)));
        return head && r === 0 && color ? cyan(padded) : padded;
      });
      lines.push(`${border('│')} ${parts.join(` ${border('│')} `)} ${border('│')}`);
    }
    if (r < rows.length - 1 && (opts.groups === undefined || opts.groups[r] !== opts.groups[r + 1])) lines.push(rule('├', '┼', '┤'));
  });
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}

/** Each row as a card of heading and value lines (empty cells left out), cards separated by a rule. */
function cards(table: TextTable, width: number, color: boolean): string {
  const keyNatural = Math.max(1, ...table.head.map(textWidth));
  // The headings take at most a third of the line; the values get the rest.
  const keyWidth = Math.max(NARROWEST_COLUMN, Math.min(keyNatural, Math.floor((width - 7) / 3)));
  const valueWidth = width - 7 - keyWidth;
  const lines: string[][] = [];
  const groups: number[] = [];
  table.rows.forEach((row, r) => {
    for (const [c, h] of table.head.entries()) {
      if ((row[c] ?? '') === '') continue;
      lines.push([h, row[c]!]);
      groups.push(r);
    }
  });
  return grid(lines, [keyWidth, valueWidth], color, { groups });
}
