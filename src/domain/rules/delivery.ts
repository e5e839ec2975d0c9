// Delivery rules: kickoff audiences, the document list and training (methodology §9, §14.4).
import { BA, LP } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** The kickoff must address participants, the sponsor and the executing team. */
export const kickoffAudiences: Rule = {
  id: 'delivery/kickoff-audiences',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§9 kickoff, §14.4',
  check({ plan, msg, label, list }) {
    const missing = plan.state.missing.kickoffAudiences;
    if (missing.length === 0) return [];
    return [{ path: ['kickoff_audiences'], message: msg('check.delivery.kickoffAudiences', { missing: list(missing.map((a) => label('kickoff_audience', a))) }), hint: msg('check.delivery.kickoffAudiences.hint') }];
  },
};

/** Delivery hands over the full document list. */
export const documents: Rule = {
  id: 'delivery/documents',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§9 deployment, §14.4',
  check({ plan, msg, label, list }) {
    const missing = plan.state.missing.documents;
    if (missing.length === 0) return [];
    return [{ path: ['documents'], message: msg('check.delivery.documents', { count: missing.length, missing: list(missing.map((d) => label('delivery_doc', d))) }), hint: msg('check.delivery.documents.hint') }];
  },
};

/** Training planned per department and function, ending with an exam and a hands-on assignment. */
export const training: Rule = {
  id: 'delivery/training',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§9 training, §14.4',
  check({ ws, msg, list }) {
    const plan = ws.launchPlan.training;
    if (plan.length === 0) return [{ path: ['training'], message: msg('check.delivery.noTraining'), hint: msg('check.delivery.training.hint') }];
    const out: RawFinding[] = [];
    plan.forEach((entry, i) => {
      if (entry.functions.length === 0) out.push({ path: ['training', i, 'functions'], message: msg('check.delivery.trainingFunctions', { department: entry.department }), hint: msg('check.delivery.training.hint') });
      const missing = [...(entry.exam ? [] : [msg('check.delivery.exam')]), ...(entry.assignment ? [] : [msg('check.delivery.assignment')])];
      if (missing.length > 0) out.push({ path: ['training', i], message: msg('check.delivery.trainingFollowUp', { department: entry.department, missing: list(missing) }), hint: msg('check.delivery.training.hint') });
    });
    return out;
  },
};

/** First-phase functions that internal staff work in but no training covers. */
export const trainingCoverage: Rule = {
  id: 'delivery/training-coverage',
  file: LP,
  severity: 'info',
  basis: 'heuristic',
  source: '§9 training',
  check({ ws, plan, msg, list, named }) {
    // With no training at all, delivery/training already says so.
    if (ws.launchPlan.training.length === 0) return [];
    const { firstPhaseGoals, firstPhaseFunctions, internalRoles } = plan.business;
    const firstGoals = new Set(firstPhaseGoals.map((g) => g.id));
    const staffed = new Set(ws.businessArchitecture.cells.filter((c) => firstGoals.has(c.goal) && c.roles.some((r) => internalRoles.has(r.role))).map((c) => c.function));
    const trained = plan.state.planned.trainedFunctions;
    const missing = firstPhaseFunctions.filter((f) => staffed.has(f.id) && !trained.has(f.id));
    if (missing.length === 0) return [];
    return [{ path: ['training'], message: msg('check.delivery.trainingCoverage', { count: missing.length, functions: list(missing.map((f) => named(f.name, f.id))) }), hint: msg('check.delivery.trainingCoverage.hint', { file: BA }) }];
  },
};

/** The delivery rules. */
export const deliveryRules: readonly Rule[] = [kickoffAudiences, documents, training, trainingCoverage];
