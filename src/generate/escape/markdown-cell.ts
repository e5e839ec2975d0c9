// Escaping user text for Markdown (CommonMark + GFM): inline text and table cells.

// ASCII punctuation that CommonMark or GFM gives a meaning inside a line: emphasis, code, links,
// raw HTML, strikethrough, math (GitHub), table pipes. A backslash before each makes it literal.
const INLINE_SPECIAL = /[\\`*_[\]<>|~$]/g;

/** Anything markdownInline would change inside a line: a special character, `&`, a line break. */
const NEEDS_ESCAPE = /[\\`*_[\]<>|~$&\r\n]/;

/** A first character that a line-start rule below may escape (or strip, for spaces). */
const SPECIAL_START = /^[\s#+\-=0-9]/;

/**
 * User text as literal inline Markdown: every character shows as typed, no emphasis, link, HTML or
 * math is formed, and line breaks become `<br>` so the text stays in its paragraph, list item or cell.
 */
export function markdownInline(text: string): string {
  // Most names and labels have nothing to escape: returned as they are (a 10,000-goal feature table has 150,000 cells).
  if (!NEEDS_ESCAPE.test(text) && !SPECIAL_START.test(text)) return text;
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    // An ampersand only matters where it would start an entity such as &lt; or &#60;.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .split('\n')
    // Line starts could open a heading, a list, a quote, a rule or a setext underline.
    .map((line) =>
      line
        .replace(/^\s+/, '')
        .replace(/^(#{1,6}|[+-])(?=\s|$)/, '\\$1')
        .replace(/^([=-])(?=[=\s-]*$)/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('<br>');
  return escaped;
}

/** User text for one GFM table cell: inline-escaped, pipes escaped, never empty-looking. */
export function markdownCell(text: string): string {
  return markdownInline(text.trim());
}
