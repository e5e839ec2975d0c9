// Operations-stage rules: the post-launch sequence and each stage's entry gate (§4, §9, §12, §14.4).
// The gates themselves live in the plan model (model/stage-gates.ts); the launch plan shows the same ones.
import type { MessageKey } from '../../i18n/index.js';
import { OPS_STAGES, type OpsStage } from '../enums.js';
import { sentences } from '../message.js';
import { STAGE_GATES, type StageGate } from '../model/index.js';
import { BA, LP } from './files.js';
import type { RawFinding, Rule, RuleContext } from './types.js';

/** No operations stage is planned: without operations the system is an empty shell (§4, §9). */
export const stagesPlanned: Rule = {
  id: 'ops/stages-planned',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§9 operations',
  check({ plan, msg }) {
    if (plan.state.planned.opsStages.length > 0) return [];
    return [{ path: ['operations', 'stages'], message: msg('check.ops.stagesPlanned'), hint: msg('check.ops.stagesPlanned.hint') }];
  },
};

/** Stages out of the methodology's order, or a plan that does not start from the resource side. */
export const stageOrder: Rule = {
  id: 'ops/stage-order',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§9 operations, §12 rhythm and sequence',
  check({ plan, msg, label }) {
    const stages = plan.state.planned.opsStages;
    if (stages.length === 0) return [];
    const out: RawFinding[] = [];
    if (!stages.includes('resource_side_growth')) {
      out.push({ path: ['operations', 'stages'], message: msg('check.ops.resourceFirst', { stage: label('ops_stage', 'resource_side_growth') }), hint: msg('check.ops.stageOrder.hint') });
    }
    let latest = -1;
    let latestStage: OpsStage | undefined;
    stages.forEach((stage, i) => {
      const order = OPS_STAGES.indexOf(stage);
      if (order < latest) {
        out.push({ path: ['operations', 'stages', i], message: msg('check.ops.stageOrder', { stage: label('ops_stage', stage), after: label('ops_stage', latestStage!) }), hint: msg('check.ops.stageOrder.hint') });
      } else {
        latest = order;
        latestStage = stage;
      }
    });
    return out;
  },
};

/** What the module gates say: the message and the hint of each stage that needs modules. */
const MODULE_GATE_MESSAGES: Partial<Record<OpsStage, { message: MessageKey; hint: MessageKey }>> = {
  demand_side_activation: { message: 'check.ops.demandModules', hint: 'check.ops.demandModules.hint' },
  transaction_growth: { message: 'check.ops.transactionModules', hint: 'check.ops.transactionModules.hint' },
  roi_optimisation: { message: 'check.ops.roiModules', hint: 'check.ops.roiModules.hint' },
  ecosystem: { message: 'check.ops.ecosystemModules', hint: 'check.ops.ecosystemModules.hint' },
};

/** The gate of `stage`, evaluated once in the plan model. */
const gateOf = (ctx: RuleContext, stage: OpsStage): StageGate => ctx.plan.launch.gates.find((g) => g.stage === stage)!;

/** A planned stage whose modules are missing, naming any exemption the team gave (the gate still warns). */
function moduleGate(ctx: RuleContext, stage: OpsStage): RawFinding[] {
  const gate = gateOf(ctx, stage);
  if (!gate.planned || gate.missing.length === 0) return [];
  const { msg, label, list } = ctx;
  const texts = MODULE_GATE_MESSAGES[stage]!;
  const notes = gate.exempted.map((e) => msg('check.ops.exemptedNote', { dimension: label('module_dimension', e.dimension), reason: e.reason }));
  const message = msg(texts.message, { missing: list(gate.missing.map((d) => label('module_dimension', d))) });
  return [{ path: ['operations', 'stages', gate.plannedAt], message: notes.length ? sentences(message, ...notes) : message, hint: msg(texts.hint, { file: BA }) }];
}

/** A rule for each stage's gate, with the gate's own basis and source. */
function gateRule(stage: OpsStage, check: Rule['check']): Rule {
  const gate = STAGE_GATES.find((g) => g.stage === stage)!;
  return { id: gate.rule, file: LP, severity: 'warning', basis: gate.basis, source: gate.source, check };
}

/** Resource-side growth is planned without a function that rewards frontline staff (§9: a stalled cold start). */
export const frontlineIncentive: Rule = gateRule('resource_side_growth', (ctx) => {
  const gate = gateOf(ctx, 'resource_side_growth');
  if (!gate.planned || !gate.incentiveMissing) return [];
  return [{ path: ['operations', 'stages', gate.plannedAt], message: ctx.msg('check.ops.frontlineIncentive'), hint: ctx.msg('check.ops.frontlineIncentive.hint', { file: BA }) }];
});

/** Demand-side activation needs operations-node modules: dxplan's heuristic, not a gate of the method. */
export const demandActivationModules: Rule = gateRule('demand_side_activation', (ctx) => moduleGate(ctx, 'demand_side_activation'));

/** Transaction growth needs monetisation and content modules (§9 stage 3). */
export const transactionGrowthModules: Rule = gateRule('transaction_growth', (ctx) => moduleGate(ctx, 'transaction_growth'));

/** ROI optimisation needs data-dimension modules (§9 stage 4). */
export const roiDataModules: Rule = gateRule('roi_optimisation', (ctx) => moduleGate(ctx, 'roi_optimisation'));

/** The ecosystem builds on data and monetisation modules: dxplan's heuristic, not a gate of the method. */
export const ecosystemModules: Rule = gateRule('ecosystem', (ctx) => moduleGate(ctx, 'ecosystem'));

/** No staff-incentive structure anywhere in the platform (§12 pitfall), when the ops rule above does not already say so. */
export const staffIncentive: Rule = {
  id: 'pitfall/staff-incentive',
  file: BA,
  severity: 'info',
  basis: 'methodology',
  source: '§9, §12 pitfalls',
  check({ plan, msg }) {
    if (plan.state.planned.opsStages.includes('resource_side_growth')) return [];
    if (plan.business.hasFrontlineIncentive) return [];
    return [{ path: ['functions'], message: msg('check.pitfall.staffIncentive'), hint: msg('check.pitfall.staffIncentive.hint') }];
  },
};

/** No internal role acts anywhere on the canvas: only the outward flow is designed, not frontline execution (§12 pitfall 3). */
export const frontlineRoles: Rule = {
  id: 'pitfall/frontline-roles',
  file: BA,
  severity: 'warning',
  basis: 'heuristic',
  source: '§12 pitfalls',
  check({ ws, plan, msg }) {
    const internal = plan.business.internalRoles;
    if (ws.businessArchitecture.cells.some((c) => c.roles.some((r) => internal.has(r.role)))) return [];
    return [{ path: ['roles'], message: msg('check.pitfall.frontlineRoles'), hint: msg('check.pitfall.frontlineRoles.hint') }];
  },
};

/** The operations rules. */
export const operationsRules: readonly Rule[] = [
  stagesPlanned,
  stageOrder,
  frontlineIncentive,
  demandActivationModules,
  transactionGrowthModules,
  roiDataModules,
  ecosystemModules,
  staffIncentive,
  frontlineRoles,
];
