// The workspace files the rules point into.

/** The manifest. */
export const MANIFEST = 'dxplan.yaml';
/** The value-positioning canvas. */
export const VP = 'canvases/value-positioning.yaml';
/** The goal x function x role canvas. */
export const BA = 'canvases/business-architecture.yaml';
/** The north-star canvas. */
export const NS = 'canvases/north-star.yaml';
/** The assessment canvas. */
export const AS = 'canvases/assessment.yaml';
/** The launch plan. */
export const LP = 'canvases/launch-plan.yaml';
