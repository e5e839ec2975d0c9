// Assessment facets: current, target, gap, weighted overall and the weakest facets (methodology §6, §14.3).
// Works for any assessment model, the built-in diamond or a workspace's own; names and rubric texts
// stay in the model, so the scores are the same in every language.
import type { AssessmentModel } from '../schemas/assessment-model.js';
import type { Assessment } from '../schemas/assessment.js';
import { round2 } from './round.js';

/** One scored facet of the assessment, with its gap. */
export interface FacetScore {
  id: string;
  current: number;
  target: number;
  gap: number;
  weight: number;
  /** Highest level of the model for this facet. */
  max: number;
}

/** The assessment's scores. */
export interface AssessmentScores {
  model: string;
  /** Scored facets in model order. */
  facets: FacetScore[];
  /** Weighted mean of current levels, and of target levels, on the model's scale. */
  overall: { current: number; target: number; max: number };
  /**
   * The facets with the lowest current level relative to their maximum, the larger gap breaking a
   * tie; facets alike in both are tied and all named, in model order.
   */
  weakest: string[];
}

/** Weight of a facet: the workspace's `weights.assessment`, else the model's, else 1. */
export function facetWeight(model: AssessmentModel, facetId: string, weights?: Record<string, number>): number {
  return weights?.[facetId] ?? model.facets.find((f) => f.id === facetId)?.weight ?? 1;
}

/** Scores the facets the assessment covers; facets it leaves out are not counted (assessment/facet-scored reports them). */
export function scoreAssessment(model: AssessmentModel, assessment: Assessment, weights?: Record<string, number>): AssessmentScores {
  const facets: FacetScore[] = [];
  for (const facet of model.facets) {
    const score = assessment.facets[facet.id];
    if (!score) continue;
    facets.push({
      id: facet.id,
      current: score.current,
      target: score.target,
      gap: score.target - score.current,
      weight: facetWeight(model, facet.id, weights),
      max: facet.levels.length - 1,
    });
  }
  // Facets may have different numbers of levels: each is normalised, then shown on the model's largest scale.
  const scale = Math.max(...model.facets.map((f) => f.levels.length - 1));
  const totalWeight = facets.reduce((sum, f) => sum + f.weight, 0);
  const mean = (pick: (f: FacetScore) => number) =>
    totalWeight === 0 ? 0 : round2((facets.reduce((sum, f) => sum + f.weight * (pick(f) / f.max), 0) / totalWeight) * scale);
  const lowest = Math.min(...facets.map((f) => f.current / f.max));
  const atLowest = facets.filter((f) => f.current / f.max === lowest);
  const widest = Math.max(...atLowest.map((f) => f.gap));
  return {
    model: model.id,
    facets,
    overall: { current: mean((f) => f.current), target: mean((f) => f.target), max: scale },
    weakest: atLowest.filter((f) => f.gap === widest).map((f) => f.id),
  };
}
