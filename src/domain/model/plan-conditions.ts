// Conditions of the plan that advice can depend on: an assessment model's recommendation names one
// in `unless:` and stays silent once the plan already does what it advises.
import type { PlanCondition } from '../enums.js';
import { crossingKey } from './business.js';
import type { PlanModel } from './types.js';

/** What each condition means, read from the plan model. */
const CONDITIONS: Record<PlanCondition, (plan: PlanModel) => boolean> = {
  // One candidate is chosen; every candidate is scored on the four criteria by the schema.
  north_star_chosen: (plan) => plan.state.chosen.northStar !== undefined,
  // Every goal has business, operations and data functions, every function serves a goal, and every
  // function-goal pair says who does what: the feature table leaves nothing out (§3).
  canvas_complete: ({ business }) =>
    business.coverage.goals > 0 &&
    business.coverage.complete === business.coverage.goals &&
    business.ba.functions.every((f) => f.goals.length > 0 && f.goals.every((g) => business.cellsAt.has(crossingKey(g, f.id)))),
  // The roadmap position is recorded and nothing in it breaks the CRM, BPM, PaaS order (§8).
  roadmap_in_order: ({ launch }) => launch.roadmap !== undefined && launch.roadmap.issues.length === 0,
};

/** True when the plan meets `condition`. */
export const meets = (plan: PlanModel, condition: PlanCondition): boolean => CONDITIONS[condition](plan);
