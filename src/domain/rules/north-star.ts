// North-star rules: one direction, chosen on the four criteria, with its cold-start goals (§5, §14.3, §14.4).
import { scoreNorthStar } from '../scoring/north-star.js';
import { NS } from './files.js';
import type { RawFinding, Rule, RuleContext } from './types.js';

/** The chosen candidate and how it compares with the best scored one. */
function chosenVersusBest({ ws }: RuleContext) {
  const ns = ws.northStar;
  const scores = scoreNorthStar(ns, ws.manifest.weights?.north_star);
  const chosen = scores.candidates.find((c) => c.id === ns.chosen);
  const best = scores.candidates.find((c) => c.id === scores.best);
  return { chosen, best, beaten: Boolean(chosen && best && best.weighted > chosen.weighted) };
}

/** Exactly one north-star metric: candidates exist and one is chosen. */
export const exactlyOne: Rule = {
  id: 'north-star/exactly-one',
  file: NS,
  severity: 'error',
  source: '§5, §14.4',
  check({ ws, t }) {
    const ns = ws.northStar;
    if (ns.candidates.length === 0) return [{ path: ['candidates'], message: t('check.northStar.noCandidates'), hint: t('check.northStar.exactlyOne.hint') }];
    if (ns.chosen === undefined) return [{ path: ['chosen'], message: t('check.northStar.noneChosen', { count: ns.candidates.length }), hint: t('check.northStar.exactlyOne.hint') }];
    return [];
  },
};

/** The chosen metric scores below another candidate and no reason says why. */
export const bestOrReason: Rule = {
  id: 'north-star/best-or-reason',
  file: NS,
  severity: 'warning',
  source: '§5, §14.3',
  check(ctx) {
    const { chosen, best, beaten } = chosenVersusBest(ctx);
    if (!beaten || ctx.ws.northStar.reason?.trim()) return [];
    return [{ path: ['chosen'], message: ctx.t('check.northStar.bestOrReason', { chosen: chosen!.name, score: chosen!.weighted, best: best!.name, bestScore: best!.weighted }), hint: ctx.t('check.northStar.bestOrReason.hint') }];
  },
};

/** The chosen metric is not the best scored, and a reason is recorded: shown so reviewers weigh it. */
export const notBest: Rule = {
  id: 'north-star/not-best',
  file: NS,
  severity: 'info',
  source: '§5, §14.3',
  check(ctx) {
    const { chosen, best, beaten } = chosenVersusBest(ctx);
    if (!beaten || !ctx.ws.northStar.reason?.trim()) return [];
    return [{ path: ['reason'], message: ctx.t('check.northStar.notBest', { chosen: chosen!.name, score: chosen!.weighted, best: best!.name, bestScore: best!.weighted }), hint: ctx.t('check.northStar.notBest.hint') }];
  },
};

/** The chosen metric brings no direct or no indirect business value (§14.3: warn on a 0). */
export const criteriaZero: Rule = {
  id: 'north-star/criteria-zero',
  file: NS,
  severity: 'warning',
  source: '§5, §14.3',
  check({ ws, t, label }) {
    const ns = ws.northStar;
    const i = ns.candidates.findIndex((c) => c.id === ns.chosen);
    const chosen = ns.candidates[i];
    if (!chosen) return [];
    return (['direct_value', 'indirect_value'] as const)
      .filter((c) => chosen.scores[c] === 0)
      .map((c): RawFinding => ({ path: ['candidates', i, 'scores', c], message: t('check.northStar.criteriaZero', { chosen: chosen.name, criterion: label('north_star_criterion', c) }), hint: t('check.northStar.criteriaZero.hint') }));
  },
};

/** The cold-start goals: user-growth target, effective and loyal user definitions, data dimensions. */
export const coldStart: Rule = {
  id: 'north-star/cold-start',
  file: NS,
  severity: 'warning',
  source: '§5, §14.4',
  check({ ws, t }) {
    const cs = ws.northStar.cold_start;
    const out: RawFinding[] = [];
    const missing = (field: string, what: Parameters<typeof t>[0]) =>
      out.push({ path: ['cold_start', field], message: t('check.northStar.coldStart', { what: t(what) }), hint: t('check.northStar.coldStart.hint') });
    if (cs.user_growth_target === undefined) missing('user_growth_target', 'check.northStar.coldStart.growth');
    if (!cs.effective_user?.trim()) missing('effective_user', 'check.northStar.coldStart.effective');
    if (!cs.loyal_user?.trim()) missing('loyal_user', 'check.northStar.coldStart.loyal');
    if (cs.data_dimensions.length === 0) missing('data_dimensions', 'check.northStar.coldStart.data');
    return out;
  },
};

/** The chosen metric has no input metrics, or inputs drive a metric that was not chosen. */
export const inputs: Rule = {
  id: 'north-star/inputs',
  file: NS,
  severity: 'info',
  source: '§5',
  check({ ws, t }) {
    const ns = ws.northStar;
    if (ns.chosen === undefined) return [];
    const out: RawFinding[] = [];
    if (!ns.inputs.some((i) => i.drives === ns.chosen)) {
      out.push({ path: ['inputs'], message: t('check.northStar.noInputs', { chosen: ns.chosen }), hint: t('check.northStar.inputs.hint') });
    }
    ns.inputs.forEach((input, i) => {
      if (input.drives !== ns.chosen) out.push({ path: ['inputs', i, 'drives'], message: t('check.northStar.inputElsewhere', { input: input.name, drives: input.drives, chosen: ns.chosen! }), hint: t('check.northStar.inputs.hint') });
    });
    return out;
  },
};

/** The north-star rules. */
export const northStarRules: readonly Rule[] = [exactlyOne, bestOrReason, notBest, criteriaZero, coldStart, inputs];
