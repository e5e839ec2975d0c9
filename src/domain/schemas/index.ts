// The workspace files, their schemas and where they live: the one registry of the format.
import type { z } from 'zod';
import { AssessmentSchema } from './assessment.js';
import { BusinessArchitectureSchema } from './business-architecture.js';
import { LaunchPlanSchema } from './launch-plan.js';
import { ManifestSchema } from './manifest.js';
import { NorthStarSchema } from './north-star.js';
import { ValuePositioningSchema } from './value-positioning.js';

export { CANVAS_IDS, canvasPath, type CanvasId } from '../canvas-ids.js';

/** Every file of a workspace: its key, path relative to the workspace, and schema. */
export const WORKSPACE_FILES = [
  { key: 'manifest', path: 'dxplan.yaml', schema: ManifestSchema },
  { key: 'value-positioning', path: 'canvases/value-positioning.yaml', schema: ValuePositioningSchema },
  { key: 'business-architecture', path: 'canvases/business-architecture.yaml', schema: BusinessArchitectureSchema },
  { key: 'north-star', path: 'canvases/north-star.yaml', schema: NorthStarSchema },
  { key: 'assessment', path: 'canvases/assessment.yaml', schema: AssessmentSchema },
  { key: 'launch-plan', path: 'canvases/launch-plan.yaml', schema: LaunchPlanSchema },
] as const satisfies readonly { key: string; path: string; schema: z.ZodType }[];

export type WorkspaceFileKey = (typeof WORKSPACE_FILES)[number]['key'];

export * from './assessment.js';
export * from './assessment-model.js';
export * from './business-architecture.js';
export * from './canvas-definition.js';
export * from './common.js';
export * from './launch-plan.js';
export * from './localized.js';
export * from './manifest.js';
export * from './north-star.js';
export * from './value-positioning.js';
