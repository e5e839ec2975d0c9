// The scoring functions of the plan model: north-star candidates and assessment facets.
export { scoreAssessment, facetWeight, type AssessmentScores, type FacetScore } from './assessment.js';
export { scoreNorthStar, criterionWeights, CRITERION_MAX, type CandidateScore, type NorthStarScores } from './north-star.js';
