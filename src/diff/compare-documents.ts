// The documents a build would change: generated in memory for both sides, compared by path and contents.
import type { DocumentsDiff } from './plan-diff.js';

/** Lines of `a` not matched by a line of `b` (as a multiset: moving a line is not counted). */
function unmatchedLines(a: string, b: string): number {
  const pool = new Map<string, number>();
  for (const line of b.split('\n')) pool.set(line, (pool.get(line) ?? 0) + 1);
  let count = 0;
  for (const line of a.split('\n')) {
    const n = pool.get(line) ?? 0;
    if (n > 0) pool.set(line, n - 1);
    else count++;
  }
  return count;
}

/** Compares two sets of generated documents (path to contents), paths sorted. */
export function compareDocuments(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): DocumentsDiff {
  const paths = [...new Set([...base.keys(), ...head.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const diff: DocumentsDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const path of paths) {
    const before = base.get(path);
    const after = head.get(path);
    if (before === undefined) diff.added.push(path);
    else if (after === undefined) diff.removed.push(path);
    else if (before === after) diff.unchanged++;
    else diff.changed.push({ path, linesAdded: unmatchedLines(after, before), linesRemoved: unmatchedLines(before, after) });
  }
  return diff;
}
