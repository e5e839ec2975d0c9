// Data-project rules: what every data project settles before it is built, and absolute accuracy for
// figures that feed finance (methodology §11, §14.4).
import { LP } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** A data project states its usage scenario, display dimensions, data definitions, special cases and accuracy. */
export const projectComplete: Rule = {
  id: 'data/project-complete',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§11 visualise, §14.4',
  check({ ws, msg, list, named }) {
    const out: RawFinding[] = [];
    (ws.launchPlan.data_projects ?? []).forEach((p, i) => {
      const missing = [
        ...(p.scenario?.trim() ? [] : [msg('check.data.scenario')]),
        ...(p.dimensions.length > 0 ? [] : [msg('check.data.dimensions')]),
        ...(Object.keys(p.definitions).length > 0 ? [] : [msg('check.data.definitions')]),
        ...(p.special_cases.length > 0 ? [] : [msg('check.data.specialCases')]),
        ...(p.accuracy ? [] : [msg('check.data.accuracy')]),
      ];
      if (missing.length > 0) out.push({ path: ['data_projects', i], message: msg('check.data.projectComplete', { project: named(p.name, p.id), missing: list(missing) }), hint: msg('check.data.projectComplete.hint') });
    });
    return out;
  },
};

/** Finance-linked figures (premiums, sales performance, KPI assessment) must be absolutely accurate (§11: "required"). */
export const financeAbsolute: Rule = {
  id: 'data/finance-absolute',
  file: LP,
  severity: 'error',
  basis: 'methodology',
  source: '§11 accuracy, §14.4',
  check({ ws, msg, label, named }) {
    const out: RawFinding[] = [];
    (ws.launchPlan.data_projects ?? []).forEach((p, i) => {
      if (!p.finance_linked || p.accuracy === 'absolute') return;
      const accuracy = p.accuracy ? label('accuracy', p.accuracy) : msg('check.data.accuracyUnstated');
      out.push({ path: ['data_projects', i, 'accuracy'], message: msg('check.data.financeAbsolute', { project: named(p.name, p.id), accuracy }), hint: msg('check.data.financeAbsolute.hint') });
    });
    return out;
  },
};

/** The data-project rules. */
export const dataProjectRules: readonly Rule[] = [projectComplete, financeAbsolute];
