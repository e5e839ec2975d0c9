// Public face of the methodology checks: run them, list them, and pick one canvas's findings.
import type { CheckReport } from '../check-report.js';
import type { Problem } from '../problem.js';

export { runChecks, runRules, ruleContext, type CheckOptions } from './run-checks.js';
export { RULES, RULE_IDS } from './registry.js';
export type { Rule, RawFinding, RuleContext } from './types.js';

/** The findings of one workspace file, e.g. `canvases/north-star.yaml` (what the interview shows after a canvas). */
export function findingsForFile(report: Pick<CheckReport, 'findings'>, file: string): Problem[] {
  return report.findings.filter((f) => f.file === file);
}
