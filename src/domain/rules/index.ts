// Public face of the methodology checks: run them, list them.
export { runRules, ruleContext } from './run-checks.js';
export { RULES, RULE_IDS } from './registry.js';
export type { Rule, RawFinding, RuleContext } from './types.js';
