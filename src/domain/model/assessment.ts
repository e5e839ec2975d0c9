// The assessment derived once: facet scores against the model in use, and what is left unscored
// (methodology §6, §14.3).
import { scoreAssessment, type AssessmentScores } from '../scoring/assessment.js';
import type { AssessmentModel, ModelFacetT } from '../schemas/assessment-model.js';
import type { Assessment } from '../schemas/assessment.js';

/** The scored assessment. */
export interface AssessmentView {
  model: AssessmentModel;
  assessment: Assessment;
  scores: AssessmentScores;
  /** Facets of the model the assessment does not score. */
  unscored: ModelFacetT[];
}

/** Scores the assessment once. */
export function deriveAssessment(model: AssessmentModel, assessment: Assessment, weights?: Record<string, number>): AssessmentView {
  return { model, assessment, scores: scoreAssessment(model, assessment, weights), unscored: model.facets.filter((f) => !assessment.facets[f.id]) };
}
