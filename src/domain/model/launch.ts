// The launch plan derived once: the schedule, the roadmap position and, with the canvas, the
// operations stages' gates (methodology §8, §9).
import type { LaunchPlan } from '../schemas/launch-plan.js';
import type { BusinessModel } from './business.js';
import { roadmapPosition, type RoadmapPosition } from './roadmap.js';
import { schedulePhases, type ScheduledPhase } from './schedule.js';
import { evaluateGates, type StageGate } from './stage-gates.js';

/** The derived launch plan. */
export interface LaunchModel {
  lp: LaunchPlan;
  schedule: ScheduledPhase[];
  roadmap?: RoadmapPosition;
  /** Every operations stage with its gate; empty when the business architecture is not known. */
  gates: StageGate[];
}

/** Derives the launch plan; the gates need the canvas's modules and incentives. */
export function deriveLaunch(lp: LaunchPlan, business?: BusinessModel): LaunchModel {
  const roadmap = roadmapPosition(lp.roadmap);
  return {
    lp,
    schedule: schedulePhases(lp),
    ...(roadmap ? { roadmap } : {}),
    gates: business ? evaluateGates(business, lp.operations.stages) : [],
  };
}
