// Assessment facets: current, target, gap, weighted overall and the weakest facet (methodology §6, §14.3).
// Works for any assessment model, the built-in diamond or a workspace's own.
import type { FacetScore, Scores } from '../check-report.js';
import type { Locale } from '../enums.js';
import type { AssessmentModel } from '../schemas/assessment-model.js';
import type { Assessment } from '../schemas/assessment.js';
import { round2 } from './round.js';

/** Weight of a facet: the workspace's `weights.assessment`, else the model's, else 1. */
export function facetWeight(model: AssessmentModel, facetId: string, weights?: Record<string, number>): number {
  return weights?.[facetId] ?? model.facets.find((f) => f.id === facetId)?.weight ?? 1;
}

/** Scores the facets the assessment covers; facets it leaves out are not counted (assessment/facet-scored reports them). */
export function scoreAssessment(model: AssessmentModel, assessment: Assessment, locale: Locale, weights?: Record<string, number>): Scores['assessment'] {
  const facets: FacetScore[] = [];
  for (const facet of model.facets) {
    const score = assessment.facets[facet.id];
    if (!score) continue;
    facets.push({
      id: facet.id,
      name: facet.name[locale],
      current: score.current,
      target: score.target,
      gap: score.target - score.current,
      weight: facetWeight(model, facet.id, weights),
      max: facet.levels.length - 1,
      ...(facet.levels[score.current] ? { currentLevel: facet.levels[score.current]![locale] } : {}),
      ...(facet.levels[score.target] ? { targetLevel: facet.levels[score.target]![locale] } : {}),
    });
  }
  // Facets may have different numbers of levels: each is normalised, then shown on the model's largest scale.
  const scale = Math.max(...model.facets.map((f) => f.levels.length - 1));
  const totalWeight = facets.reduce((sum, f) => sum + f.weight, 0);
  const mean = (pick: (f: FacetScore) => number) =>
    totalWeight === 0 ? 0 : round2((facets.reduce((sum, f) => sum + f.weight * (pick(f) / f.max), 0) / totalWeight) * scale);
  let weakest: FacetScore | undefined;
  for (const f of facets) {
    if (!weakest) {
      weakest = f;
      continue;
    }
    const a = f.current / f.max;
    const b = weakest.current / weakest.max;
    if (a < b || (a === b && f.gap > weakest.gap)) weakest = f;
  }
  return {
    model: model.id,
    facets,
    overall: { current: mean((f) => f.current), target: mean((f) => f.target), max: scale },
    ...(weakest ? { weakest: weakest.id } : {}),
  };
}
