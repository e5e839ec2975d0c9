// Display width of text in a terminal and wrapping to a width, for tables with Chinese text.

// East Asian wide and fullwidth characters take two terminal columns.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]|[\u{1F300}-\u{1FAFF}]/u;
const ZERO = /[\p{Mn}\p{Me}\u200B-\u200F\uFE00-\uFE0F]/u;

/** Columns one character takes: 2 for CJK and fullwidth, 0 for combining marks, else 1. */
export function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

/** Columns a single line of text takes in a terminal. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/**
 * Wraps text to `width` columns: at spaces where it can, anywhere between CJK characters (which
 * need no spaces), and inside a word only when the word alone is too long. Keeps existing line breaks.
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    // Tokens: runs of spaces, single wide characters, or runs of other characters (words).
    const tokens = paragraph.match(/\s+|[^\s]/gu) ?? [];
    const words: string[] = [];
    for (const tok of tokens) {
      const last = words[words.length - 1];
      const joinable = last !== undefined && !/\s/.test(tok) && charWidth(tok) === 1 && !/\s$/.test(last) && charWidth([...last].pop()!) === 1;
      if (joinable) words[words.length - 1] = last + tok;
      else words.push(tok);
    }
    let line = '';
    let lineWidth = 0;
    const flush = () => {
      out.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    };
    for (const word of words) {
      const w = textWidth(word);
      if (/^\s+$/.test(word)) {
        if (lineWidth > 0 && lineWidth + 1 <= width) {
          line += ' ';
          lineWidth += 1;
        }
        continue;
      }
      if (lineWidth + w <= width) {
        line += word;
        lineWidth += w;
        continue;
      }
      if (lineWidth > 0) flush();
      if (w <= width) {
        line = word;
        lineWidth = w;
        continue;
      }
      for (const ch of word) {
        const cw = charWidth(ch);
        if (lineWidth + cw > width && lineWidth > 0) flush();
        line += ch;
        lineWidth += cw;
      }
    }
    flush();
  }
  return out;
}

/**
 * Column widths that fit `total` columns: each column gets what it needs, and when they do not
 * all fit, the widest ones are narrowed first (never below `min`).
 */
export function fitColumns(natural: readonly number[], total: number, min = 6): number[] {
  const widths = natural.map((n) => Math.max(n, 1));
  let excess = widths.reduce((a, b) => a + b, 0) - total;
  while (excess > 0) {
    const widest = Math.max(...widths);
    if (widest <= min) break;
    widths[widths.indexOf(widest)] = widest - 1;
    excess -= 1;
  }
  return widths;
}
