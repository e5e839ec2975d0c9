// Every score of a workspace: north-star candidates, assessment facets and canvas coverage.
import type { Scores } from '../check-report.js';
import type { FunctionCategory, Locale } from '../enums.js';
import type { Workspace } from '../workspace.js';
import { scoreAssessment } from './assessment.js';
import { scoreCoverage } from './coverage.js';
import { scoreNorthStar } from './north-star.js';

export { scoreAssessment, facetWeight } from './assessment.js';
export { scoreCoverage } from './coverage.js';
export { scoreNorthStar, criterionWeights, CRITERION_MAX } from './north-star.js';

/** Computes all scores of `ws`, with facet names in `locale` and the workspace's weights. */
export function computeScores(ws: Workspace, locale: Locale, categoriesByGoal?: Map<string, Set<FunctionCategory>>): Scores {
  return {
    northStar: scoreNorthStar(ws.northStar, ws.manifest.weights?.north_star),
    assessment: scoreAssessment(ws.model, ws.assessment, locale, ws.manifest.weights?.assessment),
    coverage: scoreCoverage(ws.businessArchitecture, categoriesByGoal),
  };
}
