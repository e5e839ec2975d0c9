// North-star rules: one direction, chosen on the four criteria, with its cold-start goals (§5, §14.3, §14.4).
import type { MessageKey } from '../../i18n/index.js';
import type { ColdStartField } from '../model/index.js';
import { NS } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** What each missing cold-start goal is called in the finding. */
const COLD_START_NAMES: Record<ColdStartField, MessageKey> = {
  user_growth_target: 'check.northStar.coldStart.growth',
  effective_user: 'check.northStar.coldStart.effective',
  loyal_user: 'check.northStar.coldStart.loyal',
  data_dimensions: 'check.northStar.coldStart.data',
};

/** Exactly one north-star metric: candidates exist and one is chosen. */
export const exactlyOne: Rule = {
  id: 'north-star/exactly-one',
  file: NS,
  severity: 'error',
  basis: 'methodology',
  source: '§5, §14.4',
  check({ ws, msg }) {
    const ns = ws.northStar;
    if (ns.candidates.length === 0) return [{ path: ['candidates'], message: msg('check.northStar.noCandidates'), hint: msg('check.northStar.exactlyOne.hint') }];
    if (ns.chosen === undefined) return [{ path: ['chosen'], message: msg('check.northStar.noneChosen', { count: ns.candidates.length }), hint: msg('check.northStar.exactlyOne.hint') }];
    return [];
  },
};

/** The chosen metric scores below another candidate and no reason says why. */
export const bestOrReason: Rule = {
  id: 'north-star/best-or-reason',
  file: NS,
  severity: 'warning',
  basis: 'heuristic',
  source: '§5, §14.3',
  check({ plan, msg }) {
    const { chosen, best, beaten } = plan.northStar;
    if (!beaten || plan.northStar.ns.reason?.trim()) return [];
    return [{ path: ['chosen'], message: msg('check.northStar.bestOrReason', { chosen: chosen!.score.name, score: chosen!.score.weighted, best: best!.name, bestScore: best!.weighted }), hint: msg('check.northStar.bestOrReason.hint') }];
  },
};

/** The chosen metric is not the best scored, and a reason is recorded: shown so reviewers weigh it. */
export const notBest: Rule = {
  id: 'north-star/not-best',
  file: NS,
  severity: 'info',
  basis: 'heuristic',
  source: '§5, §14.3',
  check({ plan, msg }) {
    const { chosen, best, beaten } = plan.northStar;
    if (!beaten || !plan.northStar.ns.reason?.trim()) return [];
    return [{ path: ['reason'], message: msg('check.northStar.notBest', { chosen: chosen!.score.name, score: chosen!.score.weighted, best: best!.name, bestScore: best!.weighted }), hint: msg('check.northStar.notBest.hint') }];
  },
};

/** The chosen metric brings no direct or no indirect business value (§14.3: warn on a 0). */
export const criteriaZero: Rule = {
  id: 'north-star/criteria-zero',
  file: NS,
  severity: 'warning',
  basis: 'heuristic',
  source: '§5, §14.3',
  check({ plan, msg, label }) {
    if (!plan.northStar.chosen) return [];
    const { candidate: chosen, index: i } = plan.northStar.chosen;
    return (['direct_value', 'indirect_value'] as const)
      .filter((c) => chosen.scores[c] === 0)
      .map((c): RawFinding => ({ path: ['candidates', i, 'scores', c], message: msg('check.northStar.criteriaZero', { chosen: chosen.name, criterion: label('north_star_criterion', c) }), hint: msg('check.northStar.criteriaZero.hint') }));
  },
};

/** The cold-start goals: user-growth target, effective and loyal user definitions, data dimensions. */
export const coldStart: Rule = {
  id: 'north-star/cold-start',
  file: NS,
  severity: 'warning',
  basis: 'methodology',
  source: '§5, §14.4',
  check({ plan, msg }) {
    return plan.state.missing.coldStart.map((field) => ({
      path: ['cold_start', field],
      message: msg('check.northStar.coldStart', { what: msg(COLD_START_NAMES[field]) }),
      hint: msg('check.northStar.coldStart.hint'),
    }));
  },
};

/** The chosen metric has no input metrics, or inputs drive a metric that was not chosen. */
export const inputs: Rule = {
  id: 'north-star/inputs',
  file: NS,
  severity: 'info',
  basis: 'heuristic',
  source: '§5',
  check({ ws, msg }) {
    const ns = ws.northStar;
    if (ns.chosen === undefined) return [];
    const out: RawFinding[] = [];
    if (!ns.inputs.some((i) => i.drives === ns.chosen)) {
      out.push({ path: ['inputs'], message: msg('check.northStar.noInputs', { chosen: ns.chosen }), hint: msg('check.northStar.inputs.hint') });
    }
    ns.inputs.forEach((input, i) => {
      if (input.drives !== ns.chosen) out.push({ path: ['inputs', i, 'drives'], message: msg('check.northStar.inputElsewhere', { input: input.name, drives: input.drives, chosen: ns.chosen! }), hint: msg('check.northStar.inputs.hint') });
    });
    return out;
  },
};

/** The north-star rules. */
export const northStarRules: readonly Rule[] = [exactlyOne, bestOrReason, notBest, criteriaZero, coldStart, inputs];
