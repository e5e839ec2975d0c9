// A PlanDiff as JSON, in the shape documented in docs/diff.md (format "dxplan-diff", version 1).
import type { PlanDiff } from './plan-diff.js';

/** Version of the JSON shape; bumped only when a field changes meaning or goes away. */
export const DIFF_JSON_VERSION = 1;

/** The diff as pretty JSON with a trailing newline; control characters beyond JSON's own escapes are escaped too. */
export function formatJson(diff: PlanDiff, exitCode: number): string {
  const text = JSON.stringify({ format: 'dxplan-diff', version: DIFF_JSON_VERSION, exitCode, ...diff }, null, 2);
  // JSON leaves DEL, C1 controls and the Unicode line separators raw; a terminal must not get them.
  return `${text.replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
