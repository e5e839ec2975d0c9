// What `dxplan check` computes from a workspace: findings, scores and recommendations.
// Build (risks, north-star card, assessment report) and the interview (warnings after each canvas)
// read this same report, so the methodology is judged in one place.
import type { Problem } from './problem.js';

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

/** One facet of the assessment, with its gap. */
export interface FacetScore {
  id: string;
  /** Facet name in the report's locale. */
  name: string;
  current: number;
  target: number;
  gap: number;
  weight: number;
  /** Highest level of the model for this facet. */
  max: number;
  /** The model's description of the current level, in the report's locale. */
  currentLevel?: string;
  /** The model's description of the target level, in the report's locale. */
  targetLevel?: string;
}

/** All scores of a workspace. */
export interface Scores {
  northStar: {
    candidates: CandidateScore[];
    /** Id of the best weighted candidate (first by id on ties), if any. */
    best?: string;
    chosen?: string;
  };
  assessment: {
    model: string;
    facets: FacetScore[];
    /** Weighted mean of current levels, and of target levels, on the model's scale. */
    overall: { current: number; target: number; max: number };
    /** The facet with the lowest current level relative to its maximum (largest gap on ties). */
    weakest?: string;
  };
  coverage: {
    goals: number;
    /** Goals that have at least one function in each of the business, operations and data categories. */
    complete: number;
    withBusiness: number;
    withOperations: number;
    withData: number;
    /** complete / goals, 0-1 (0 when there are no goals). */
    share: number;
  };
}

/** Advice that follows from the methodology, tied to the facet or rule that raised it. */
export interface Recommendation {
  id: string;
  /** Text in the report's locale. */
  text: string;
  /** What raised it: a facet id of the assessment model, and/or a rule id. */
  facet?: string;
  rule?: string;
}

/** The result of checking a workspace. */
export interface CheckReport {
  /** Methodology findings, with severities after the workspace's rule settings; located (file:line:col). */
  findings: Problem[];
  scores: Scores;
  recommendations: Recommendation[];
}
