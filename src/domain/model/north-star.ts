// The north star derived once: every candidate scored with the workspace's weights, the chosen and
// the best one (methodology §5, §14.3). Rules, advice, documents, `show` and the interview read this.
import { scoreNorthStar, type CandidateScore, type NorthStarScores } from '../scoring/north-star.js';
import type { CandidateT, NorthStar } from '../schemas/north-star.js';

/** The scored north-star canvas. */
export interface NorthStarModel {
  ns: NorthStar;
  scores: NorthStarScores;
  /** The chosen candidate and its score, when `chosen` names one. */
  chosen?: { candidate: CandidateT; index: number; score: CandidateScore };
  best?: CandidateScore;
  /** True when another candidate scores higher than the chosen one. */
  beaten: boolean;
}

/** Scores the candidates once. */
export function deriveNorthStar(ns: NorthStar, weights?: Record<string, number>): NorthStarModel {
  const scores = scoreNorthStar(ns, weights);
  const index = ns.candidates.findIndex((c) => c.id === ns.chosen);
  const chosenScore = scores.candidates.find((c) => c.id === ns.chosen);
  const best = scores.candidates.find((c) => c.id === scores.best);
  return {
    ns,
    scores,
    ...(index >= 0 && chosenScore ? { chosen: { candidate: ns.candidates[index]!, index, score: chosenScore } } : {}),
    ...(best ? { best } : {}),
    beaten: Boolean(chosenScore && best && best.weighted > chosenScore.weighted),
  };
}
