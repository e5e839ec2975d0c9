// Makes a user's text harmless on a terminal: every control character and bidi override is shown
// as a visible escape instead of being obeyed.
//
// A name holding "\x1b]0;pwned\x07" would otherwise set the terminal's title, "\x1b[31m" recolour
// the rest of a table, "\r" overwrite a line, and U+202E turn "exe.txt" round. Every printer of
// user text (problems, show, check, interview screens) passes it through here; dxplan's own
// colours are added afterwards, so they are the only escape sequences that reach the terminal.

/**
 * C0 controls, DEL and C1 controls; the bidi embedding, override and isolate controls, the
 * Arabic letter mark and the line and paragraph separators (which some terminals break lines on).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for code points up to 0xff, `\u202e` above: what a person can read and search for. */
const escaped = (ch: string): string => {
  const cp = ch.codePointAt(0)!;
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
};

/** How text is shown: on one line (messages), or keeping its line breaks (table cells, screens). */
export interface TerminalSafeOptions {
  /** Keep "\n" as a line break (a tab becomes a space); otherwise both are escaped. */
  multiline?: boolean;
}

/** `text` with every control character and bidi control replaced by a visible escape. */
export function terminalSafe(text: string, options: TerminalSafeOptions = {}): string {
  return text.replace(UNSAFE, (ch) => {
    if (options.multiline && ch === '\n') return ch;
    if (options.multiline && ch === '\t') return ' ';
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    return escaped(ch);
  });
}

/** A copy of `value` with terminalSafe applied to every string in it (keys included). */
export function terminalSafeDeep<T>(value: T, options: TerminalSafeOptions = {}): T {
  if (typeof value === 'string') return terminalSafe(value, options) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v, options)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [terminalSafe(k, options), terminalSafeDeep(v, options)])) as T;
  }
  return value;
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, bidi controls, U+2028/9)
 * written as \u escapes: the same data for every JSON reader, nothing a terminal obeys.
 * Safe on the whole text, since none of them can appear outside a string.
 */
export const jsonTerminalSafe = (json: string): string =>
  json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
