// The check engine: runs every rule, applies the workspace's severity settings in one place, and
// adds scores and recommendations.
import type { CheckReport } from '../check-report.js';
import type { Locale } from '../enums.js';
import { createGlossary, type GlossaryLookup } from '../glossary.js';
import type { Problem } from '../problem.js';
import { recommend } from '../recommendations/index.js';
import { computeScores } from '../scoring/index.js';
import type { Workspace } from '../workspace.js';
import type { Translator } from '../../i18n/index.js';
import { RULE_IDS, RULES } from './registry.js';
import type { Rule, RuleContext } from './types.js';
import { indexWorkspace } from './workspace-index.js';
import { midSentence } from './mid-sentence.js';

/** Optional inputs of a check run. */
export interface CheckOptions {
  /** Labels for enum values; without it, findings name values by their ids. */
  glossary?: GlossaryLookup;
  /** The rules to run (all registered rules by default). */
  rules?: readonly Rule[];
}

/** Builds what every rule reads. */
export function ruleContext(ws: Workspace, t: Translator, locale: Locale, glossary: GlossaryLookup): RuleContext {
  return {
    ws,
    t,
    locale,
    glossary,
    label: (group, value) => midSentence(glossary.label(`${group}.${value}`, locale), locale),
    named: (name, id) => (locale === 'en' ? `${name} (${id})` : `${name}（${id}）`),
    list: (items) => items.join(locale === 'en' ? ', ' : '、'),
    index: indexWorkspace(ws),
    ruleIds: RULE_IDS,
  };
}

/** Runs the rules whose setting is not `off`, with the severity dxplan.yaml gives them (else their default). */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Problem[] {
  const settings = ctx.ws.manifest.rules ?? {};
  const findings: Problem[] = [];
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

/** Checks a schema-valid workspace against the methodology: findings (unlocated), scores and recommendations. */
export function runChecks(ws: Workspace, t: Translator, locale: Locale, options: CheckOptions = {}): CheckReport {
  const glossary = options.glossary ?? createGlossary();
  const ctx = ruleContext(ws, t, locale, glossary);
  return {
    findings: runRules(ctx, options.rules),
    scores: computeScores(ws, locale, ctx.index.categoriesByGoal),
    recommendations: recommend(ws, t, glossary, locale),
  };
}
