// The loaded workspace: every file parsed and schema-checked, plus the assessment model in use.
import type { AssessmentModel } from './schemas/assessment-model.js';
import type { Assessment } from './schemas/assessment.js';
import type { BusinessArchitecture } from './schemas/business-architecture.js';
import type { LaunchPlan } from './schemas/launch-plan.js';
import type { Manifest } from './schemas/manifest.js';
import type { NorthStar } from './schemas/north-star.js';
import type { ValuePositioning } from './schemas/value-positioning.js';
import type { WorkspaceFileKey } from './schemas/index.js';

/** A whole, schema-valid workspace. */
export interface Workspace {
  manifest: Manifest;
  valuePositioning: ValuePositioning;
  businessArchitecture: BusinessArchitecture;
  northStar: NorthStar;
  assessment: Assessment;
  launchPlan: LaunchPlan;
  /** The assessment model the workspace is scored against (built-in diamond or its own file). */
  model: AssessmentModel;
  /** Path of the model file relative to the workspace, or `diamond` for the built-in one. */
  modelFile: string;
}

/** The loaded value of one workspace file, by its key: the one map from file to field of `Workspace`. */
export function workspaceFileData(ws: Workspace, key: WorkspaceFileKey): unknown {
  const data: Record<WorkspaceFileKey, unknown> = {
    manifest: ws.manifest,
    'value-positioning': ws.valuePositioning,
    'business-architecture': ws.businessArchitecture,
    'north-star': ws.northStar,
    assessment: ws.assessment,
    'launch-plan': ws.launchPlan,
  };
  return data[key];
}
