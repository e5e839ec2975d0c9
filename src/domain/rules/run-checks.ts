// The check engine: runs every rule over the plan model and applies the workspace's severity
// settings in one place. Findings are message keys with arguments; the edge puts them in a language.
import { label, list, localized, msg, named, term } from '../message.js';
import type { PlanModel } from '../model/index.js';
import type { Finding } from '../problem.js';
import { RULE_IDS, RULES } from './registry.js';
import type { Rule, RuleContext } from './types.js';

/** Builds what every rule reads. */
export function ruleContext(plan: PlanModel): RuleContext {
  return { ws: plan.ws, plan, msg, label, term, named, list, localized, ruleIds: RULE_IDS };
}

/** Runs the rules whose setting is not `off`, with the severity dxplan.yaml gives them (else their default). */
export function runRules(plan: PlanModel, rules: readonly Rule[] = RULES): Finding[] {
  const ctx = ruleContext(plan);
  const settings = plan.ws.manifest.rules ?? {};
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id];
    if (setting === 'off') continue;
    const severity = setting ?? rule.severity;
    for (const f of rule.check(ctx)) {
      findings.push({
        severity,
        rule: rule.id,
        file: f.file ?? rule.file,
        path: f.path,
        ...(f.key !== undefined ? { key: f.key } : {}),
        message: f.message,
        ...(f.hint ? { hint: f.hint } : {}),
      });
    }
  }
  return findings;
}
