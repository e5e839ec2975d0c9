// The canvas ids, in methodology order; kept apart from the schemas so the CLI can list them cheaply.

/** Ids of the canvases, in methodology order (the interview's order). */
export const CANVAS_IDS = ['value-positioning', 'business-architecture', 'north-star', 'assessment', 'launch-plan'] as const;
export type CanvasId = (typeof CANVAS_IDS)[number];

/** Path of a canvas file relative to the workspace. */
export const canvasPath = (id: CanvasId): string => `canvases/${id}.yaml`;
