// Delivery rules: kickoff audiences, the document list and training (methodology §9, §14.4).
import { DELIVERY_DOCS, KICKOFF_AUDIENCES } from '../enums.js';
import { BA, LP } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** The kickoff must address participants, the sponsor and the executing team. */
export const kickoffAudiences: Rule = {
  id: 'delivery/kickoff-audiences',
  file: LP,
  severity: 'warning',
  source: '§9 kickoff, §14.4',
  check({ ws, t, label, list }) {
    const present = new Set(ws.launchPlan.kickoff_audiences);
    const missing = KICKOFF_AUDIENCES.filter((a) => !present.has(a));
    if (missing.length === 0) return [];
    return [{ path: ['kickoff_audiences'], message: t('check.delivery.kickoffAudiences', { missing: list(missing.map((a) => label('kickoff_audience', a))) }), hint: t('check.delivery.kickoffAudiences.hint') }];
  },
};

/** Delivery hands over the full document list. */
export const documents: Rule = {
  id: 'delivery/documents',
  file: LP,
  severity: 'warning',
  source: '§9 deployment, §14.4',
  check({ ws, t, label, list }) {
    const present = new Set(ws.launchPlan.documents);
    const missing = DELIVERY_DOCS.filter((d) => !present.has(d));
    if (missing.length === 0) return [];
    return [{ path: ['documents'], message: t('check.delivery.documents', { count: missing.length, missing: list(missing.map((d) => label('delivery_doc', d))) }), hint: t('check.delivery.documents.hint') }];
  },
};

/** Training planned per department and function, ending with an exam and a hands-on assignment. */
export const training: Rule = {
  id: 'delivery/training',
  file: LP,
  severity: 'warning',
  source: '§9 training, §14.4',
  check({ ws, t, list }) {
    const plan = ws.launchPlan.training;
    if (plan.length === 0) return [{ path: ['training'], message: t('check.delivery.noTraining'), hint: t('check.delivery.training.hint') }];
    const out: RawFinding[] = [];
    plan.forEach((entry, i) => {
      if (entry.functions.length === 0) out.push({ path: ['training', i, 'functions'], message: t('check.delivery.trainingFunctions', { department: entry.department }), hint: t('check.delivery.training.hint') });
      const missing = [...(entry.exam ? [] : [t('check.delivery.exam')]), ...(entry.assignment ? [] : [t('check.delivery.assignment')])];
      if (missing.length > 0) out.push({ path: ['training', i], message: t('check.delivery.trainingFollowUp', { department: entry.department, missing: list(missing) }), hint: t('check.delivery.training.hint') });
    });
    return out;
  },
};

/** First-phase functions that internal staff work in but no training covers. */
export const trainingCoverage: Rule = {
  id: 'delivery/training-coverage',
  file: LP,
  severity: 'info',
  source: '§9 training',
  check({ ws, t, index, list, named }) {
    // With no training at all, delivery/training already says so.
    if (ws.launchPlan.training.length === 0) return [];
    const ba = ws.businessArchitecture;
    const internal = new Set(ba.roles.filter((r) => r.kind === 'internal').map((r) => r.id));
    const firstGoals = new Set(index.firstPhaseGoals.map((g) => g.id));
    const staffed = new Set(ba.cells.filter((c) => firstGoals.has(c.goal) && c.roles.some((r) => internal.has(r.role))).map((c) => c.function));
    const trained = new Set(ws.launchPlan.training.flatMap((e) => e.functions));
    const missing = index.firstPhaseFunctions.filter((f) => staffed.has(f.id) && !trained.has(f.id));
    if (missing.length === 0) return [];
    return [{ path: ['training'], message: t('check.delivery.trainingCoverage', { count: missing.length, functions: list(missing.map((f) => named(f.name, f.id))) }), hint: t('check.delivery.trainingCoverage.hint', { file: BA }) }];
  },
};

/** The delivery rules. */
export const deliveryRules: readonly Rule[] = [kickoffAudiences, documents, training, trainingCoverage];
