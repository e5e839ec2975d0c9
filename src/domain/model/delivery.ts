// Delivery choices the method asks for (methodology §9): the requirement type of each key module and
// who confirms it, and the risk register the weekly plan sync reviews. Derived once; rules and
// documents read it.
import { DELIVERY_RISK_KINDS, type DeliveryRiskKind, type RequirementType } from '../enums.js';
import type { FunctionT } from '../schemas/business-architecture.js';
import type { DeliveryRiskT, LaunchPlan } from '../schemas/launch-plan.js';
import { isPlaceholderText } from './placeholders.js';

/** The owner the method names for each requirement type: the business head, or the project owner. */
export const DEFAULT_CONFIRMER: Record<RequirementType, 'business_lead' | 'project_lead'> = {
  business_flow_heavy: 'business_lead',
  experience_oriented: 'project_lead',
};

/** A key module and who confirms its requirements. */
export interface KeyModuleState {
  /** Index in `key_modules`, for pointing at it. */
  index: number;
  functionId: string;
  fn?: FunctionT;
  type: RequirementType;
  /** The confirming owner's name: `confirmed_by`, else the method's owner from `owners`; undefined when none is named. */
  owner?: string;
  /** Where the owner comes from. */
  ownerFrom?: 'confirmed_by' | 'business_lead' | 'project_lead';
}

/** The derived delivery choices. */
export interface DeliveryModel {
  keyModules: KeyModuleState[];
  /** Owners who confirm both business-flow-heavy and experience-oriented modules (case and spaces ignored). */
  ownersOfBothKinds: { owner: string; modules: KeyModuleState[] }[];
  /** The register, or undefined when the plan keeps none. */
  risks?: {
    review: NonNullable<LaunchPlan['delivery_risks']>['review'];
    register: DeliveryRiskT[];
    open: DeliveryRiskT[];
    /** Open risks with no owner named (blank or a starter placeholder), with their index in the register. */
    unowned: { risk: DeliveryRiskT; index: number }[];
  };
  /** The three kinds the method names that no risk of the register covers (all three without a register). */
  missingRiskKinds: Exclude<DeliveryRiskKind, 'other'>[];
}

/** A name that counts as given: not blank, not a starter placeholder. */
const named = (s: string | undefined): string | undefined => (s && s.trim() && !isPlaceholderText(s) ? s.trim() : undefined);

/** Compares owners as people write them: spaces collapsed, case ignored. */
const ownerKey = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** Derives the delivery choices; `functionById` names the modules when the canvas is known. */
export function deriveDelivery(lp: LaunchPlan, functionById?: ReadonlyMap<string, FunctionT>): DeliveryModel {
  const keyModules = (lp.key_modules ?? []).map((m, index): KeyModuleState => {
    const fn = functionById?.get(m.function);
    const explicit = named(m.confirmed_by);
    const fallback = DEFAULT_CONFIRMER[m.requirement_type];
    const owner = explicit ?? named(lp.owners[fallback]);
    return {
      index,
      functionId: m.function,
      ...(fn ? { fn } : {}),
      type: m.requirement_type,
      ...(owner ? { owner, ownerFrom: explicit ? 'confirmed_by' : fallback } : {}),
    };
  });
  const byOwner = new Map<string, KeyModuleState[]>();
  for (const m of keyModules) if (m.owner) byOwner.set(ownerKey(m.owner), [...(byOwner.get(ownerKey(m.owner)) ?? []), m]);
  const ownersOfBothKinds = [...byOwner.values()]
    .filter((ms) => new Set(ms.map((m) => m.type)).size > 1)
    .map((modules) => ({ owner: modules[0]!.owner!, modules }));
  const register = lp.delivery_risks?.register;
  const kinds = new Set(register?.map((r) => r.kind) ?? []);
  return {
    keyModules,
    ownersOfBothKinds,
    ...(lp.delivery_risks && register
      ? {
          risks: {
            review: lp.delivery_risks.review,
            register,
            open: register.filter((r) => r.status === 'open'),
            unowned: register.flatMap((risk, index) => (risk.status === 'open' && !named(risk.owner) ? [{ risk, index }] : [])),
          },
        }
      : {}),
    missingRiskKinds: DELIVERY_RISK_KINDS.filter((k): k is Exclude<DeliveryRiskKind, 'other'> => k !== 'other' && !kinds.has(k)),
  };
}
