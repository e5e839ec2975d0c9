// North-star candidates scored on the four criteria (methodology §5, §14.3), with configurable weights.
import type { CandidateScore, Scores } from '../check-report.js';
import { NORTH_STAR_CRITERIA } from '../enums.js';
import type { NorthStar } from '../schemas/north-star.js';
import { round2 } from './round.js';

/** Highest score of one criterion (§14.3: 0-2). */
export const CRITERION_MAX = 2;

/** Weight of each criterion: the workspace's, else 1. Unknown keys are ignored (config/unknown-weight reports them). */
export function criterionWeights(weights: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(NORTH_STAR_CRITERIA.map((c) => [c, weights?.[c] ?? 1]));
}

/** Scores every candidate and names the best one (highest weighted sum, first by id on ties). */
export function scoreNorthStar(ns: Pick<NorthStar, 'candidates' | 'chosen'>, weights?: Record<string, number>): Scores['northStar'] {
  const w = criterionWeights(weights);
  const max = round2(NORTH_STAR_CRITERIA.reduce((sum, c) => sum + w[c]! * CRITERION_MAX, 0));
  const candidates = ns.candidates.map((candidate): CandidateScore => {
    const byCriterion = Object.fromEntries(NORTH_STAR_CRITERIA.map((c) => [c, candidate.scores[c]]));
    return {
      id: candidate.id,
      name: candidate.name,
      byCriterion,
      total: NORTH_STAR_CRITERIA.reduce((sum, c) => sum + candidate.scores[c], 0),
      weighted: round2(NORTH_STAR_CRITERIA.reduce((sum, c) => sum + w[c]! * candidate.scores[c], 0)),
      max,
    };
  });
  let best: CandidateScore | undefined;
  for (const c of candidates) {
    if (!best || c.weighted > best.weighted || (c.weighted === best.weighted && c.id < best.id)) best = c;
  }
  return {
    candidates,
    ...(best ? { best: best.id } : {}),
    ...(ns.chosen !== undefined ? { chosen: ns.chosen } : {}),
  };
}
