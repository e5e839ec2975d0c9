// Findings new and resolved, matched by severity, rule, file and subject (never by line), so moving
// lines or reordering a list makes no noise.
import type { FindingsDiff, SeverityCounts } from './plan-diff.js';
import type { SideFinding } from './plan-side.js';

/** Counts findings by severity. */
export function severityCounts(findings: readonly SideFinding[]): SeverityCounts {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

/** What a finding is about: the same finding on both sides has the same identity. */
const identity = (f: SideFinding) => `${f.severity}\u0000${f.rule}\u0000${f.file}\u0000${f.subject}`;

/** Groups findings by identity, keeping their order. */
function group(findings: readonly SideFinding[]): Map<string, SideFinding[]> {
  const groups = new Map<string, SideFinding[]>();
  for (const f of findings) {
    const list = groups.get(identity(f));
    if (list) list.push(f);
    else groups.set(identity(f), [f]);
  }
  return groups;
}

/**
 * Matches findings of two sides. Within one identity, findings with the same message pair first
 * (a rule may raise several about one node); the rest pair in order, and what is left is new or resolved.
 */
export function compareFindings(base: readonly SideFinding[], head: readonly SideFinding[]): FindingsDiff {
  const before = group(base);
  const added: SideFinding[] = [];
  const resolved: SideFinding[] = [];
  let unchanged = 0;
  for (const [id, list] of group(head)) {
    const old = [...(before.get(id) ?? [])];
    before.delete(id);
    const left: SideFinding[] = [];
    for (const f of list) {
      const i = old.findIndex((o) => o.message === f.message);
      if (i >= 0) {
        old.splice(i, 1);
        unchanged++;
      } else left.push(f);
    }
    for (const f of left) {
      if (old.length > 0) {
        old.shift();
        unchanged++;
      } else added.push(f);
    }
    resolved.push(...old);
  }
  for (const list of before.values()) resolved.push(...list);
  const order = (a: SideFinding, b: SideFinding) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule);
  return { added: added.sort(order), resolved: resolved.sort(order), unchanged, before: severityCounts(base), after: severityCounts(head) };
}
