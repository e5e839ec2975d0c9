// Display width of text in a terminal and line breaking to a width, for every screen dxplan
// prints (tables, interview questions, help): wide CJK characters take two columns, lines break at
// spaces and between CJK characters but never before closing punctuation (。，、）」…) or after
// opening punctuation (（「…), and a word is only split when it alone is wider than the line.
// Widths come from string-width (East Asian Width, emoji, zero-width marks), characters from
// Intl.Segmenter (grapheme clusters), so a flag or a combining accent is never cut in two.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The grapheme clusters of `text` (what a person sees as one character). */
export const characters = (text: string): string[] => Array.from(graphemes.segment(text), (s) => s.segment);

/** Columns one character (grapheme cluster) takes: 2 for CJK and fullwidth, 0 for zero-width marks, else 1. */
export function charWidth(ch: string): number {
  return stringWidth(ch);
}

/** Columns a single line of text takes in a terminal (ANSI colour codes take none). */
export function textWidth(text: string): number {
  return stringWidth(text);
}

/** Characters no line may start with: closing brackets and quotes, and the punctuation that follows a word. */
const NO_LINE_START = new Set([...'。，、；：？！）」』】》〉”’〕］｝〗〙〛…‥・ー々〻ゝゞヽヾ～,.;:!?)]}%·']);
/** Characters no line may end with: opening brackets and quotes. */
const NO_LINE_END = new Set([...'（「『【《〈“‘〔［｛〖〘〚([{']);
/** Scripts that break between any two characters (they are written without spaces). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /^\s+$/u;
/** Brackets that keep a short content together, and how short (in columns) that is. */
const OPENING_BRACKETS = new Set([...'（(「『【《']);
const CLOSING_BRACKETS = new Set([...'）)」』】》']);
const SHORT_BRACKET = 16;
/** Characters a compound word may break after ("lead-to-" / "contract", "a/" / "b"). */
const AFTER_BREAKS = new Set(['-', '/', '–', '—']);

/** True when a line may break between characters `a` and `b` (neither is a space). */
function breakable(a: string, b: string): boolean {
  if (NO_LINE_START.has(b) || NO_LINE_END.has(a)) return false;
  // Latin words stay whole; CJK text breaks between any two characters, and next to a Latin word.
  return CJK.test(a) || CJK.test(b);
}

/** Letters and digits: the parts of a compound word ("lead-to-contract"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the characters `from`…`to` (exclusive) of `chars` are all word characters. */
const wordRun = (chars: readonly string[], from: number, to: number): boolean => from >= 0 && to <= chars.length && chars.slice(from, to).every((c) => WORD_CHAR.test(c));

/** A break after a hyphen or slash inside a compound word, when both sides are real parts (not "Ctrl-T"). */
const compoundBreak = (chars: readonly string[], i: number): boolean => AFTER_BREAKS.has(chars[i - 1]!) && wordRun(chars, i - 4, i - 1) && wordRun(chars, i, i + 3);

/** The text cut into units that never break inside (unless a unit alone is wider than the line) and the spaces between them. */
export function breakUnits(paragraph: string): string[] {
  const units: string[] = [];
  const chars = characters(paragraph);
  let current = '';
  for (const [i, ch] of chars.entries()) {
    const last = chars[i - 1] ?? '';
    const space = SPACE.test(ch);
    if (current === '') current = ch;
    else if (space !== SPACE.test(last) || (!space && (breakable(last, ch) || compoundBreak(chars, i)))) {
      // A space after an opening bracket or before closing punctuation still separates the words.
      units.push(current);
      current = ch;
    } else current += ch;
  }
  if (current !== '') units.push(current);
  // A short bracket stays on one line: "(? = why)", "（? 查看说明）".
  for (let i = 0; i < units.length; i++) {
    if (!OPENING_BRACKETS.has(characters(units[i]!)[0] ?? '')) continue;
    let width = 0;
    for (let j = i; j < units.length && width <= SHORT_BRACKET; j++) {
      width += textWidth(units[j]!);
      if (j > i && CLOSING_BRACKETS.has(characters(units[j]!).pop() ?? '') && width <= SHORT_BRACKET) {
        units.splice(i, j - i + 1, units.slice(i, j + 1).join(''));
        break;
      }
    }
  }
  // A space does not make a break either before closing or after opening punctuation: "word ，".
  for (let i = units.length - 2; i > 0; i--) {
    if (!SPACE.test(units[i]!)) continue;
    const next = characters(units[i + 1]!)[0] ?? '';
    const previous = characters(units[i - 1]!).pop() ?? '';
    if (NO_LINE_START.has(next) || NO_LINE_END.has(previous)) units.splice(i - 1, 3, units[i - 1]! + units[i]! + units[i + 1]!);
  }
  return units;
}

/** The widest unit of `text` (a column narrower than this would have to split a word). */
export function widestUnit(text: string): number {
  let widest = 0;
  for (const paragraph of text.split(/\r?\n/)) for (const unit of breakUnits(paragraph)) if (!SPACE.test(unit)) widest = Math.max(widest, textWidth(unit));
  return widest;
}

/**
 * Wraps text to `width` columns without losing a character: at spaces, between CJK characters,
 * never before closing or after opening punctuation; a unit wider than the line is split between
 * characters. Keeps the text's own line breaks; spaces at a line break are dropped.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    let pendingSpace = false;
    const flush = () => {
      out.push(line);
      line = '';
      lineWidth = 0;
      pendingSpace = false;
    };
    for (const unit of breakUnits(paragraph)) {
      if (SPACE.test(unit)) {
        pendingSpace = lineWidth > 0;
        continue;
      }
      const w = textWidth(unit);
      const gap = pendingSpace ? 1 : 0;
      if (lineWidth + gap + w <= max) {
        line += (gap ? ' ' : '') + unit;
        lineWidth += gap + w;
        pendingSpace = false;
        continue;
      }
      if (lineWidth > 0) flush();
      if (w <= max) {
        line = unit;
        lineWidth = w;
        continue;
      }
      // Wider than a whole line (a long URL or an id): split it, character by character, still
      // carrying a character down with closing punctuation rather than starting a line with it.
      for (const ch of characters(unit)) {
        const cw = textWidth(ch);
        if (lineWidth + cw > max && lineWidth > 0) {
          const chars = characters(line);
          const carry = (NO_LINE_START.has(ch) || NO_LINE_END.has(chars[chars.length - 1] ?? '')) && chars.length > 1 ? chars.pop()! : '';
          line = chars.join('');
          flush();
          line = carry;
          lineWidth = textWidth(carry);
        }
        line += ch;
        lineWidth += cw;
      }
    }
    out.push(line);
  }
  return out;
}

/** `text` wrapped to `width` and joined again, each line after the first indented by `indent` spaces. */
export function wrapParagraphs(text: string, width: number, indent = 0): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((paragraph) => {
      // A line that fits is kept as it is: its spacing (a table's columns) stays.
      if (textWidth(paragraph) + indent <= width) return paragraph;
      const lead = /^\s*/.exec(paragraph)![0];
      const leadWidth = textWidth(lead) + indent;
      return wrapText(paragraph.slice(lead.length), Math.max(10, width - leadWidth))
        .map((line, i) => (i === 0 ? lead : pad + lead) + line)
        .join('\n');
    })
    .join('\n');
}

/**
 * Column widths that fit `total` columns: each column gets what it needs; when they do not all
 * fit, the column with the most room above its minimum is narrowed first. Returns undefined when
 * even the minimums do not fit (the caller then lays the table out another way).
 */
export function fitColumns(natural: readonly number[], total: number, minimum: readonly number[] = natural.map(() => 1)): number[] | undefined {
  const mins = natural.map((n, i) => Math.max(1, Math.min(n, minimum[i] ?? 1)));
  if (mins.reduce((a, b) => a + b, 0) > total) return undefined;
  const widths = natural.map((n) => Math.max(n, 1));
  let excess = widths.reduce((a, b) => a + b, 0) - total;
  while (excess > 0) {
    let pick = -1;
    for (let i = 0; i < widths.length; i++) {
      if (widths[i]! <= mins[i]!) continue;
      if (pick < 0 || widths[i]! > widths[pick]!) pick = i;
    }
    if (pick < 0) return undefined;
    widths[pick]!--;
    excess--;
  }
  return widths;
}
