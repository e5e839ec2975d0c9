// Keeps a user's own formatting outside the lines an edit actually changed.
//
// The yaml library keeps every comment but normalises a few layouts when it prints a document (a
// comment after `key:` of a nested mapping moves to the next line; a comment block after a list
// is re-indented). Printing the whole document would therefore move comments the edit never
// touched. Instead: print the unedited document too, find the lines the edit changed between the
// two prints, and splice only those into the user's original text.

/** How far ahead the aligner looks to re-synchronise after lines that differ. */
const LOOKAHEAD = 8;

/**
 * For each line of `printed`, the index of the same line in `original`, or -1. Both texts are the
 * same document, so they differ only in a few local spots; a greedy walk that re-synchronises on
 * the nearest equal pair of lines is enough and stays linear for large files.
 */
export function alignLines(original: readonly string[], printed: readonly string[]): number[] {
  const map = new Array<number>(printed.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < original.length && j < printed.length) {
    if (original[i] === printed[j]) {
      map[j++] = i++;
      continue;
    }
    let found: [number, number] | undefined;
    for (let d = 1; d <= LOOKAHEAD * 2 && !found; d++) {
      for (let di = 0; di <= d; di++) {
        const dj = d - di;
        if (di <= LOOKAHEAD && dj <= LOOKAHEAD && original[i + di] !== undefined && original[i + di] === printed[j + dj]) {
          found = [di, dj];
          break;
        }
      }
    }
    if (!found) return map; // Too different to align safely; the caller falls back.
    // Equal-length runs are the same lines printed differently (e.g. spacing before a comment).
    if (found[0] === found[1]) for (let k = 0; k < found[0]; k++) map[j + k] = i + k;
    i += found[0];
    j += found[1];
  }
  return map;
}

/**
 * The user's `original` text with the edit that turned `printedBefore` into `printedAfter`
 * applied, or `printedAfter` itself when the edit cannot be placed safely.
 */
export function applyEditPreservingFormat(original: string, printedBefore: string, printedAfter: string): string {
  if (printedBefore === original || printedBefore === printedAfter) return printedBefore === original ? printedAfter : original;
  const o = original.split('\n');
  const b = printedBefore.split('\n');
  const a = printedAfter.split('\n');
  // The changed block: lines between the common prefix and the common suffix of the two prints.
  let start = 0;
  while (start < b.length && start < a.length && b[start] === a[start]) start++;
  let end = 0;
  while (end < b.length - start && end < a.length - start && b[b.length - 1 - end] === a[a.length - 1 - end]) end++;
  const map = alignLines(o, b);
  const before = start === 0 ? -1 : map[start - 1]!;
  const after = end === 0 ? o.length : map[b.length - end]!;
  // Both ends of the block must sit on lines the user wrote exactly as printed.
  if ((start > 0 && before < 0) || (end > 0 && after < 0) || after <= before) return printedAfter;
  return [...o.slice(0, before + 1), ...a.slice(start, a.length - end), ...o.slice(after)].join('\n');
}
