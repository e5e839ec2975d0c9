// Operations-stage rules: the post-launch sequence and the modules each stage needs (§4, §9, §12, §14.4).
import { OPS_STAGES, type ModuleDimension, type OpsStage } from '../enums.js';
import { BA, LP } from './files.js';
import type { RawFinding, Rule, RuleContext } from './types.js';

const stagesOf = (ctx: RuleContext) => ctx.ws.launchPlan.operations.stages;

/** Finding for a planned stage whose modules are missing, naming any exemption the team gave. */
function gate(ctx: RuleContext, stage: OpsStage, needs: readonly ModuleDimension[], key: 'check.ops.transactionModules' | 'check.ops.roiModules', hint: 'check.ops.transactionModules.hint' | 'check.ops.roiModules.hint'): RawFinding[] {
  const i = stagesOf(ctx).indexOf(stage);
  if (i < 0) return [];
  const missing = needs.filter((d) => !ctx.index.modules.has(d));
  if (missing.length === 0) return [];
  const exempt = ctx.ws.businessArchitecture.module_exemptions ?? {};
  const notes = missing
    .filter((d) => exempt[d]?.trim())
    .map((d) => ctx.t('check.ops.exemptedNote', { dimension: ctx.label('module_dimension', d), reason: exempt[d]!.trim() }));
  const message = [ctx.t(key, { missing: ctx.list(missing.map((d) => ctx.label('module_dimension', d))) }), ...notes].join(' ');
  return [{ path: ['operations', 'stages', i], message, hint: ctx.t(hint, { file: BA }) }];
}

/** No operations stage is planned: without operations the system is an empty shell (§4, §9). */
export const stagesPlanned: Rule = {
  id: 'ops/stages-planned',
  file: LP,
  severity: 'warning',
  source: '§9 operations',
  check(ctx) {
    if (stagesOf(ctx).length > 0) return [];
    return [{ path: ['operations', 'stages'], message: ctx.t('check.ops.stagesPlanned'), hint: ctx.t('check.ops.stagesPlanned.hint') }];
  },
};

/** Stages out of the methodology's order, or a plan that does not start from the resource side. */
export const stageOrder: Rule = {
  id: 'ops/stage-order',
  file: LP,
  severity: 'warning',
  source: '§9 operations, §12 rhythm and sequence',
  check(ctx) {
    const stages = stagesOf(ctx);
    if (stages.length === 0) return [];
    const out: RawFinding[] = [];
    if (!stages.includes('resource_side_growth')) {
      out.push({ path: ['operations', 'stages'], message: ctx.t('check.ops.resourceFirst', { stage: ctx.label('ops_stage', 'resource_side_growth') }), hint: ctx.t('check.ops.stageOrder.hint') });
    }
    let latest = -1;
    let latestStage: OpsStage | undefined;
    stages.forEach((stage, i) => {
      const order = OPS_STAGES.indexOf(stage);
      if (order < latest) {
        out.push({ path: ['operations', 'stages', i], message: ctx.t('check.ops.stageOrder', { stage: ctx.label('ops_stage', stage), after: ctx.label('ops_stage', latestStage!) }), hint: ctx.t('check.ops.stageOrder.hint') });
      } else {
        latest = order;
        latestStage = stage;
      }
    });
    return out;
  },
};

/** Resource-side growth is planned without a function that rewards frontline staff (§9: a stalled cold start). */
export const frontlineIncentive: Rule = {
  id: 'ops/frontline-incentive',
  file: LP,
  severity: 'warning',
  source: '§9 operations, §14.4',
  check(ctx) {
    const i = stagesOf(ctx).indexOf('resource_side_growth');
    if (i < 0 || ctx.ws.businessArchitecture.functions.some((f) => f.frontline_incentive)) return [];
    return [{ path: ['operations', 'stages', i], message: ctx.t('check.ops.frontlineIncentive'), hint: ctx.t('check.ops.frontlineIncentive.hint', { file: BA }) }];
  },
};

/** Transaction growth needs monetisation and content modules (§9 stage 3). */
export const transactionGrowthModules: Rule = {
  id: 'ops/transaction-growth-modules',
  file: LP,
  severity: 'warning',
  source: '§4, §9 stage 3, §14.4',
  check: (ctx) => gate(ctx, 'transaction_growth', ['monetisation_dimension', 'content_dimension'], 'check.ops.transactionModules', 'check.ops.transactionModules.hint'),
};

/** ROI optimisation needs data-dimension modules (§9 stage 4). */
export const roiDataModules: Rule = {
  id: 'ops/roi-data-modules',
  file: LP,
  severity: 'warning',
  source: '§4, §9 stage 4, §14.4',
  check: (ctx) => gate(ctx, 'roi_optimisation', ['data_dimension'], 'check.ops.roiModules', 'check.ops.roiModules.hint'),
};

/** No staff-incentive structure anywhere in the platform (§12 pitfall), when the ops rule above does not already say so. */
export const staffIncentive: Rule = {
  id: 'pitfall/staff-incentive',
  file: BA,
  severity: 'info',
  source: '§9, §12 pitfalls',
  check(ctx) {
    if (stagesOf(ctx).includes('resource_side_growth')) return [];
    if (ctx.ws.businessArchitecture.functions.some((f) => f.frontline_incentive)) return [];
    return [{ path: ['functions'], message: ctx.t('check.pitfall.staffIncentive'), hint: ctx.t('check.pitfall.staffIncentive.hint') }];
  },
};

/** No internal role acts anywhere on the canvas: only the outward flow is designed, not frontline execution (§12 pitfall 3). */
export const frontlineRoles: Rule = {
  id: 'pitfall/frontline-roles',
  file: BA,
  severity: 'warning',
  source: '§12 pitfalls',
  check(ctx) {
    const ba = ctx.ws.businessArchitecture;
    const internal = new Set(ba.roles.filter((r) => r.kind === 'internal').map((r) => r.id));
    if (ba.cells.some((c) => c.roles.some((r) => internal.has(r.role)))) return [];
    return [{ path: ['roles'], message: ctx.t('check.pitfall.frontlineRoles'), hint: ctx.t('check.pitfall.frontlineRoles.hint') }];
  },
};

/** The operations rules. */
export const operationsRules: readonly Rule[] = [stagesPlanned, stageOrder, frontlineIncentive, transactionGrowthModules, roiDataModules, staffIncentive, frontlineRoles];
