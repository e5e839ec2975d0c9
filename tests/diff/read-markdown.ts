// Reads a Markdown comment back with markdown-it (HTML allowed, as GitHub allows <details>), into
// the parts the diff tests look at: headings, table rows, list items, HTML blocks, rendered HTML.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const reader = new MarkdownIt({ html: true });

/** What a Markdown document is made of, each piece rendered to HTML the way a browser would get it. */
export interface ReadMarkdown {
  tokens: Token[];
  html: string;
  /** Headings as [level, rendered text]. */
  headings: [number, string][];
  /** Body rows of every table, each cell rendered. */
  tableRows: string[][];
  /** Every list item's own text, rendered (nested items separately). */
  listItems: string[];
  /** Raw HTML blocks. */
  htmlBlocks: string[];
  /** Index of the first token of a type, for order checks. */
  first(type: string): number;
}

/** Parses `source`. */
export function readMarkdown(source: string): ReadMarkdown {
  const tokens = reader.parse(source, {});
  const inlineAfter = (i: number) => reader.renderInline(tokens.slice(i).find((t) => t.type === 'inline')?.content ?? '');
  const headings: [number, string][] = [];
  const tableRows: string[][] = [];
  const listItems: string[] = [];
  let inBody = false;
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') headings.push([Number(t.tag.slice(1)), inlineAfter(i)]);
    if (t.type === 'tbody_open') inBody = true;
    if (t.type === 'tbody_close') inBody = false;
    if (inBody && t.type === 'tr_open') tableRows.push([]);
    if (inBody && t.type === 'td_open') tableRows[tableRows.length - 1]!.push(inlineAfter(i));
    if (t.type === 'list_item_open') listItems.push(inlineAfter(i));
  });
  return {
    tokens,
    html: reader.render(source),
    headings,
    tableRows,
    listItems,
    htmlBlocks: tokens.filter((t) => t.type === 'html_block').map((t) => t.content),
    first: (type) => tokens.findIndex((t) => t.type === type),
  };
}
