// The entry gates of the operations stages (methodology §9, §14.4): what must exist before each
// stage starts. The one definition: the launch plan shows these gates and `check` warns on them.
import type { Basis } from '../basis.js';
import { OPS_STAGES, type ModuleDimension, type OpsStage } from '../enums.js';
import type { LaunchPlan } from '../schemas/launch-plan.js';
import type { BusinessModel } from './business.js';

/** What one stage needs before it starts, and where that requirement comes from. */
export interface GateDefinition {
  stage: OpsStage;
  /** Module dimensions that must have at least one function. */
  modules: readonly ModuleDimension[];
  /** True when the stage needs a function marked as a frontline incentive. */
  incentive: boolean;
  /** The rule of `dxplan check` that reports the gate unmet for a planned stage. */
  rule: string;
  basis: Basis;
  /** Section of methodology.md the gate traces back to (or dxplan's reasoning for a heuristic). */
  source: string;
}

/**
 * Resource-side growth needs incentives for frontline staff (§9.1); transaction growth needs the
 * monetisation and content modules (§9.3); ROI optimisation needs the data modules (§9.4). Two gates
 * are dxplan's own: demand-side activation runs on operations tooling (§4 calls a system without
 * operations "an empty shell", but §9.2 names no module), and the ecosystem builds on accumulated
 * data and monetisation (§9.5 describes the stage, not an entry gate).
 */
export const STAGE_GATES: readonly GateDefinition[] = [
  { stage: 'resource_side_growth', modules: [], incentive: true, rule: 'ops/frontline-incentive', basis: 'methodology', source: '§9 operations 1, §14.4' },
  { stage: 'demand_side_activation', modules: ['operations_node'], incentive: false, rule: 'ops/demand-activation-modules', basis: 'heuristic', source: '§4, §9 operations 2' },
  { stage: 'transaction_growth', modules: ['monetisation_dimension', 'content_dimension'], incentive: false, rule: 'ops/transaction-growth-modules', basis: 'methodology', source: '§4, §9 operations 3, §14.4' },
  { stage: 'roi_optimisation', modules: ['data_dimension'], incentive: false, rule: 'ops/roi-data-modules', basis: 'methodology', source: '§4, §9 operations 4, §14.4' },
  { stage: 'ecosystem', modules: ['data_dimension', 'monetisation_dimension'], incentive: false, rule: 'ops/ecosystem-modules', basis: 'heuristic', source: '§9 operations 5' },
];

/** A stage's gate evaluated against the plan. */
export interface StageGate extends GateDefinition {
  /** Index of the stage in the launch plan's `operations.stages`, or -1 when not planned. */
  plannedAt: number;
  planned: boolean;
  /** Required module dimensions with no function. */
  missing: ModuleDimension[];
  /** Missing dimensions that the workspace exempted on purpose, with the reason given. */
  exempted: { dimension: ModuleDimension; reason: string }[];
  incentiveMissing: boolean;
  /** True when every requirement is there (an exemption explains a gap; it does not fill it). */
  met: boolean;
}

/** Every operations stage in methodology order, with its gate evaluated. */
export function evaluateGates(business: Pick<BusinessModel, 'ba' | 'modules' | 'hasFrontlineIncentive'>, stages: LaunchPlan['operations']['stages']): StageGate[] {
  const exemptions = business.ba.module_exemptions ?? {};
  return OPS_STAGES.map((stage) => {
    const gate = STAGE_GATES.find((g) => g.stage === stage)!;
    const missing = gate.modules.filter((m) => !business.modules.has(m));
    const exempted = missing.flatMap((dimension) => {
      const reason = exemptions[dimension]?.trim();
      return reason ? [{ dimension, reason }] : [];
    });
    const incentiveMissing = gate.incentive && !business.hasFrontlineIncentive;
    const plannedAt = stages.indexOf(stage);
    return { ...gate, plannedAt, planned: plannedAt >= 0, missing, exempted, incentiveMissing, met: missing.length === 0 && !incentiveMissing };
  });
}
