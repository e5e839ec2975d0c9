// What `dxplan check` finds in a plan: the rules' findings and the advice, from one plan model.
// Build (risks, assessment report), `show` and the interview read this same result.
import type { PlanModel } from './model/index.js';
import type { Finding } from './problem.js';
import { recommend, type Advice } from './recommendations/index.js';
import { runRules } from './rules/run-checks.js';
import type { Rule } from './rules/types.js';

/** The findings and the advice of one run; scores are in the plan model. */
export interface CheckResult {
  /** Methodology findings, with severities after the workspace's rule settings; not yet located or in a language. */
  findings: Finding[];
  recommendations: Advice[];
}

/** Checks the plan against the methodology. The advice reads the findings, so it never contradicts them. */
export function checkPlan(plan: PlanModel, options: { rules?: readonly Rule[] } = {}): CheckResult {
  const findings = runRules(plan, options.rules);
  return { findings, recommendations: recommend(plan, findings) };
}
