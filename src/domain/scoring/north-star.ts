// North-star candidates scored on the four criteria (methodology §5, §14.3), with configurable weights.
import { NORTH_STAR_CRITERIA } from '../enums.js';
import type { NorthStar } from '../schemas/north-star.js';
import { round2 } from './round.js';

/** A north-star candidate's score on the four criteria. */
export interface CandidateScore {
  id: string;
  name: string;
  /** Criterion id to its 0-2 score. */
  byCriterion: Record<string, number>;
  /** Plain sum of the criteria (0-8). */
  total: number;
  /** Weighted sum, using the workspace's weights (equal weights by default). */
  weighted: number;
  /** Largest possible weighted sum. */
  max: number;
}

/** Every candidate scored, the best one and the chosen one. */
export interface NorthStarScores {
  candidates: CandidateScore[];
  /** Id of the best weighted candidate (first by id on ties), if any. */
  best?: string;
  chosen?: string;
}

/** Highest score of one criterion (§14.3: 0-2). */
export const CRITERION_MAX = 2;

/** Weight of each criterion: the workspace's, else 1. Unknown keys are ignored (config/unknown-weight reports them). */
export function criterionWeights(weights: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(NORTH_STAR_CRITERIA.map((c) => [c, weights?.[c] ?? 1]));
}

/** Scores every candidate and names the best one (highest weighted sum, first by id on ties). */
export function scoreNorthStar(ns: Pick<NorthStar, 'candidates' | 'chosen'>, weights?: Record<string, number>): NorthStarScores {
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
