// The shape of the plan model: its parts, each derived from one canvas, and the whole.
import type { Manifest } from '../schemas/manifest.js';
import type { ValuePositioning } from '../schemas/value-positioning.js';
import type { Workspace } from '../workspace.js';
import type { AssessmentView } from './assessment.js';
import type { BusinessModel } from './business.js';
import type { CapabilityModel } from './capabilities.js';
import type { DeliveryModel } from './delivery.js';
import type { LaunchModel } from './launch.js';
import type { NorthStarModel } from './north-star.js';
import type { PlanState } from './plan-state.js';

/** The parts of a plan, each derived from its own canvas; a partial plan (mid-interview) has some of them. */
export interface PlanParts {
  manifest?: Manifest;
  valuePositioning?: ValuePositioning;
  business?: BusinessModel;
  northStar?: NorthStarModel;
  assessment?: AssessmentView;
  launch?: LaunchModel;
  /** The six capability areas and four architecture dimensions (from the canvas). */
  capabilities?: CapabilityModel;
  /** Key modules' requirement types and the delivery risk register (from the launch plan). */
  delivery?: DeliveryModel;
}

/** A whole plan: every part, plus the state and the workspace it came from. */
export interface PlanModel extends Required<PlanParts> {
  ws: Workspace;
  state: PlanState;
}

