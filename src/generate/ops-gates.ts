// Entry gates of the operations stages (methodology §9, §14.4): what must exist before each stage starts.
import { OPS_STAGES, type ModuleDimension, type OpsStage } from '../domain/enums.js';
import type { BusinessArchitecture } from '../domain/schemas/business-architecture.js';

/** Why a gate is or is not met, as message keys with the module dimensions involved. */
export interface StageGate {
  stage: OpsStage;
  /** Module dimensions that must have at least one function. */
  requires: ModuleDimension[];
  /** True when the stage needs a function marked as a frontline incentive. */
  requiresIncentive: boolean;
  /** Required module dimensions with no function. */
  missing: ModuleDimension[];
  /** Missing dimensions that the workspace exempted on purpose, with the reason given. */
  exempted: { dimension: ModuleDimension; reason: string }[];
  incentiveMissing: boolean;
  met: boolean;
}

// Resource-side growth needs incentives for frontline staff (§9.1); demand-side activation runs on
// operations tooling (§4: without it the system is "an empty shell"); transaction growth needs the
// monetisation and content modules (§9.3); ROI optimisation and the ecosystem need the data modules (§9.4-5).
const REQUIREMENTS: Record<OpsStage, { modules: ModuleDimension[]; incentive: boolean }> = {
  resource_side_growth: { modules: [], incentive: true },
  demand_side_activation: { modules: ['operations_node'], incentive: false },
  transaction_growth: { modules: ['monetisation_dimension', 'content_dimension'], incentive: false },
  roi_optimisation: { modules: ['data_dimension'], incentive: false },
  ecosystem: { modules: ['data_dimension', 'monetisation_dimension'], incentive: false },
};

/** Every operations stage in order, with its entry gate evaluated against the business architecture. */
export function evaluateGates(ba: BusinessArchitecture): StageGate[] {
  const present = new Set(ba.functions.map((f) => f.module));
  const hasIncentive = ba.functions.some((f) => f.frontline_incentive === true);
  return OPS_STAGES.map((stage) => {
    const req = REQUIREMENTS[stage];
    const missing = req.modules.filter((m) => !present.has(m));
    const exempted = missing.flatMap((dimension) => {
      const reason = ba.module_exemptions?.[dimension];
      return reason ? [{ dimension, reason }] : [];
    });
    const incentiveMissing = req.incentive && !hasIncentive;
    return {
      stage,
      requires: req.modules,
      requiresIncentive: req.incentive,
      missing,
      exempted,
      incentiveMissing,
      met: missing.length === 0 && !incentiveMissing,
    };
  });
}
