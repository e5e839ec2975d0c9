// Where the company stands on the CRM -> BPM -> PaaS roadmap (methodology §8): each sub-step done,
// planned or ahead, the steps out of order, and the next step, derived once for rules, advice and documents.
import { ALL_ROADMAP_SUBSTEPS, ROADMAP_STAGES, ROADMAP_SUBSTEPS, type RoadmapStage } from '../enums.js';
import type { LaunchPlan } from '../schemas/launch-plan.js';

/** A roadmap sub-step id. */
export type RoadmapSubstep = (typeof ALL_ROADMAP_SUBSTEPS)[number];

/** Where a sub-step stands. */
export type SubstepStatus = 'done' | 'planned' | 'todo';

/** A way the recorded roadmap breaks the CRM, BPM, PaaS order; `index` points into `done` or `planned`. */
export type RoadmapIssue =
  | { kind: 'earlier-not-done'; earlier: RoadmapStage }
  | { kind: 'done-ahead'; index: number; step: RoadmapSubstep; of: RoadmapStage }
  | { kind: 'skips'; index: number; step: RoadmapSubstep; of: RoadmapStage; skipped: RoadmapStage }
  | { kind: 'planned-order'; index: number; step: RoadmapSubstep; of: RoadmapStage; later: RoadmapStage };

/** The recorded position, read once. */
export interface RoadmapPosition {
  stage: RoadmapStage;
  stages: { id: RoadmapStage; current: boolean; substeps: { id: RoadmapSubstep; status: SubstepStatus }[] }[];
  issues: RoadmapIssue[];
  /** The step to take next, or none when every step is done. */
  next?: {
    step: RoadmapSubstep;
    stage: RoadmapStage;
    /** When the plan's first planned step skips a stage, the step advised comes before it. */
    before?: RoadmapSubstep;
  };
}

/** The roadmap stage a sub-step belongs to. */
export function stageOfSubstep(substep: string): RoadmapStage {
  return ROADMAP_STAGES.find((s) => (ROADMAP_SUBSTEPS[s] as readonly string[]).includes(substep))!;
}

/** Derives the position; undefined when the launch plan records no roadmap. */
export function roadmapPosition(roadmap: LaunchPlan['roadmap']): RoadmapPosition | undefined {
  if (!roadmap) return undefined;
  const done = new Set<string>(roadmap.done);
  const planned = new Set<string>(roadmap.planned);
  const current = ROADMAP_STAGES.indexOf(roadmap.stage);
  const doneStages = new Set(roadmap.done.map(stageOfSubstep));
  const started = new Set([...doneStages, ...roadmap.planned.map(stageOfSubstep)]);

  const issues: RoadmapIssue[] = [];
  // Standing at a stage means every earlier stage has at least one step done.
  for (const earlier of ROADMAP_STAGES.slice(0, current)) if (!doneStages.has(earlier)) issues.push({ kind: 'earlier-not-done', earlier });
  roadmap.done.forEach((step, index) => {
    const of = stageOfSubstep(step);
    if (ROADMAP_STAGES.indexOf(of) > current) issues.push({ kind: 'done-ahead', index, step, of });
  });
  let latest = -1;
  roadmap.planned.forEach((step, index) => {
    const at = ROADMAP_STAGES.indexOf(stageOfSubstep(step));
    const skipped = ROADMAP_STAGES.slice(0, at).find((e) => !started.has(e));
    if (skipped) issues.push({ kind: 'skips', index, step, of: ROADMAP_STAGES[at]!, skipped });
    else if (at < latest) issues.push({ kind: 'planned-order', index, step, of: ROADMAP_STAGES[at]!, later: ROADMAP_STAGES[latest]! });
    latest = Math.max(latest, at);
  });

  return {
    stage: roadmap.stage,
    stages: ROADMAP_STAGES.map((id) => ({
      id,
      current: id === roadmap.stage,
      substeps: ROADMAP_SUBSTEPS[id].map((s) => ({ id: s, status: done.has(s) ? 'done' : planned.has(s) ? 'planned' : 'todo' })),
    })),
    issues,
    ...nextStep(roadmap, done, issues),
  };
}

/**
 * The first planned step not done; when that step skips a stage (roadmap/order warns about it), the
 * first open step of the skipped stage instead, so the advice never proposes what the check warns
 * against. Without a planned step, the first open step in roadmap order.
 */
function nextStep(roadmap: NonNullable<LaunchPlan['roadmap']>, done: Set<string>, issues: RoadmapIssue[]): Pick<RoadmapPosition, 'next'> {
  const index = roadmap.planned.findIndex((s) => !done.has(s));
  const firstOpen = (stages: readonly RoadmapStage[]) => stages.flatMap((s) => ROADMAP_SUBSTEPS[s]).find((s) => !done.has(s));
  if (index >= 0) {
    const planned = roadmap.planned[index]!;
    const skip = issues.find((i) => i.kind === 'skips' && i.index === index);
    if (skip?.kind === 'skips') {
      const step = firstOpen([skip.skipped])!;
      return { next: { step, stage: skip.skipped, before: planned } };
    }
    return { next: { step: planned, stage: stageOfSubstep(planned) } };
  }
  const step = firstOpen(ROADMAP_STAGES);
  return step ? { next: { step, stage: stageOfSubstep(step) } } : {};
}
