// The check result in words: findings and advice said in one locale, and the scores in the shape
// `dxplan check --format json` prints. One run of the rules can be said in any language.
import type { CheckResult } from '../domain/check.js';
import type { PlanModel } from '../domain/model/index.js';
import type { Problem } from '../domain/problem.js';
import type { Locale } from '../shared/locale.js';
import { sayMessages, type Text } from '../i18n/text.js';
import type { CandidateScore } from '../domain/scoring/index.js';

/** A recommendation in words, tied to the facet or rule that raised it. */
export interface Recommendation {
  id: string;
  /** Text in the report's locale. */
  text: string;
  facet?: string;
  rule?: string;
  /** The roadmap sub-step it advises taking next. */
  step?: string;
  /** Ids of the systems it is about. */
  systems?: string[];
  /** Anchor of the methodology guide's section that explains it. */
  guide: string;
}

/** What a check run says: located findings and recommendations, in one locale. */
export interface CheckReport {
  findings: Problem[];
  recommendations: Recommendation[];
}

/** The findings and advice of `result`, said by `say`; findings are not located yet (the store does that). */
export function sayCheck(result: CheckResult, say: (text: Text) => string): CheckReport {
  return {
    findings: sayMessages(result.findings, say),
    recommendations: result.recommendations.map((r) => ({
      id: r.id,
      ...(r.facet !== undefined ? { facet: r.facet } : {}),
      ...(r.rule !== undefined ? { rule: r.rule } : {}),
      ...(r.step !== undefined ? { step: r.step } : {}),
      ...(r.systems !== undefined ? { systems: r.systems } : {}),
      guide: r.guide,
      text: say(r.text),
    })),
  };
}

/** One facet's score as `check --format json` shows it: with the facet's name and rubric texts in `locale`. */
export interface FacetScoreJson {
  id: string;
  name: string;
  current: number;
  target: number;
  gap: number;
  weight: number;
  max: number;
  currentLevel?: string;
  targetLevel?: string;
}

/** The scores as `check --format json` prints them (a public shape: fields are only ever added). */
export interface ScoresJson {
  northStar: { candidates: CandidateScore[]; best?: string; chosen?: string };
  assessment: {
    model: string;
    facets: FacetScoreJson[];
    overall: { current: number; target: number; max: number };
    /** The weakest facet (the first in model order when several are tied). */
    weakest?: string;
    /** Every facet tied for weakest, in model order. */
    weakestFacets: string[];
  };
  coverage: PlanModel['business']['coverage'];
}

/** The plan model's scores, with facet names and level texts in `locale`. */
export function scoresJson(plan: Pick<PlanModel, 'northStar' | 'assessment' | 'business'>, locale: Locale): ScoresJson {
  const { model, scores } = plan.assessment;
  const facets = scores.facets.map((s): FacetScoreJson => {
    const facet = model.facets.find((f) => f.id === s.id)!;
    return {
      id: s.id,
      name: facet.name[locale],
      current: s.current,
      target: s.target,
      gap: s.gap,
      weight: s.weight,
      max: s.max,
      ...(facet.levels[s.current] ? { currentLevel: facet.levels[s.current]![locale] } : {}),
      ...(facet.levels[s.target] ? { targetLevel: facet.levels[s.target]![locale] } : {}),
    };
  });
  return {
    northStar: plan.northStar.scores,
    assessment: {
      model: scores.model,
      facets,
      overall: scores.overall,
      ...(scores.weakest[0] !== undefined ? { weakest: scores.weakest[0] } : {}),
      weakestFacets: scores.weakest,
    },
    coverage: plan.business.coverage,
  };
}
