// The plan model: every fact about a plan derived once per run. Rules, recommendations, documents,
// `show` and the interview read it; none of them recomputes what is here.
import type { Workspace } from '../workspace.js';
import { deriveAssessment } from './assessment.js';
import { deriveBusiness } from './business.js';
import { deriveCapabilities } from './capabilities.js';
import { deriveDelivery } from './delivery.js';
import { deriveLaunch } from './launch.js';
import { deriveNorthStar } from './north-star.js';
import { planState } from './plan-state.js';
import type { PlanModel, PlanParts } from './types.js';

export type { PlanModel, PlanParts } from './types.js';

/** Derives everything about a schema-valid workspace, once. Pure. */
export function derivePlan(ws: Workspace): PlanModel {
  const business = deriveBusiness(ws.businessArchitecture);
  const northStar = deriveNorthStar(ws.northStar, ws.manifest.weights?.north_star);
  const assessment = deriveAssessment(ws.model, ws.assessment, ws.manifest.weights?.assessment);
  return {
    ws,
    manifest: ws.manifest,
    valuePositioning: ws.valuePositioning,
    business,
    northStar,
    assessment,
    launch: deriveLaunch(ws.launchPlan, business),
    capabilities: deriveCapabilities(ws.businessArchitecture),
    delivery: deriveDelivery(ws.launchPlan, business.functionById),
    state: planState(ws, business, northStar, assessment),
  };
}

/**
 * The parts that can be derived from the files that are valid on their own: what the interview
 * shows after a canvas while other canvases are still missing or broken.
 */
export function derivePlanParts(files: Partial<Workspace>): PlanParts {
  const business = files.businessArchitecture ? deriveBusiness(files.businessArchitecture) : undefined;
  const weights = files.manifest?.weights;
  return {
    ...(files.manifest ? { manifest: files.manifest } : {}),
    ...(files.valuePositioning ? { valuePositioning: files.valuePositioning } : {}),
    ...(business ? { business } : {}),
    ...(files.northStar ? { northStar: deriveNorthStar(files.northStar, weights?.north_star) } : {}),
    ...(files.assessment && files.model ? { assessment: deriveAssessment(files.model, files.assessment, weights?.assessment) } : {}),
    ...(files.launchPlan ? { launch: deriveLaunch(files.launchPlan, business) } : {}),
    ...(files.businessArchitecture ? { capabilities: deriveCapabilities(files.businessArchitecture) } : {}),
    ...(files.launchPlan ? { delivery: deriveDelivery(files.launchPlan, business?.functionById) } : {}),
  };
}

export { crossingKey, deriveBusiness, type Board, type BoardCell, type BusinessModel, type Coverage, type FeatureRow, type RoleActivity } from './business.js';
export { deriveNorthStar, type NorthStarModel } from './north-star.js';
export { deriveAssessment, type AssessmentView } from './assessment.js';
export { deriveLaunch, type LaunchModel } from './launch.js';
export { STAGE_GATES, evaluateGates, type GateDefinition, type StageGate } from './stage-gates.js';
export { roadmapPosition, stageOfSubstep, type RoadmapIssue, type RoadmapPosition, type RoadmapSubstep, type SubstepStatus } from './roadmap.js';
export { schedulePhases, addDays, type ScheduledPhase } from './schedule.js';
export { isPlaceholderText, placeholderPaths } from './placeholders.js';
export { meets } from './plan-conditions.js';
export { deriveCapabilities, IN_SCOPE, type AreaState, type CapabilityModel, type ScopeItem } from './capabilities.js';
export { deriveDelivery, DEFAULT_CONFIRMER, type DeliveryModel, type KeyModuleState } from './delivery.js';
export type { PlanState, ColdStartField } from './plan-state.js';
