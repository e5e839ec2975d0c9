// Product-architecture rules: the five module dimensions and over-design (methodology §4, §14.4).
import type { ModuleDimension } from '../enums.js';
import { BA } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** Module dimensions with no function and no stated exemption. */
export const moduleDimensions: Rule = {
  id: 'architecture/module-dimensions',
  file: BA,
  severity: 'warning',
  basis: 'methodology',
  source: '§4, §14.4',
  check({ plan, msg, label, list }) {
    const missing = plan.state.missing.moduleDimensions;
    if (missing.length === 0) return [];
    return [{ path: ['functions'], message: msg('check.architecture.moduleDimensions', { missing: list(missing.map((d) => label('module_dimension', d))) }), hint: msg('check.architecture.moduleDimensions.hint') }];
  },
};

/** A dimension deliberately left out: reported so reviewers see the decision and its reason. */
export const moduleExempted: Rule = {
  id: 'architecture/module-exempted',
  file: BA,
  severity: 'info',
  basis: 'consistency',
  source: '§4',
  check({ ws, plan, msg, label }) {
    const exempt = ws.businessArchitecture.module_exemptions ?? {};
    return (Object.keys(exempt) as ModuleDimension[])
      .filter((d) => !plan.business.modules.has(d))
      .map((d): RawFinding => ({ path: ['module_exemptions'], key: d, message: msg('check.architecture.moduleExempted', { dimension: label('module_dimension', d), reason: exempt[d]!.trim() }), hint: msg('check.architecture.moduleExempted.hint') }));
  },
};

/** An exemption for a dimension that now has modules: the reason no longer holds. */
export const staleExemption: Rule = {
  id: 'architecture/stale-exemption',
  file: BA,
  severity: 'warning',
  basis: 'consistency',
  source: '§4',
  check({ ws, plan, msg, label }) {
    const exempt = ws.businessArchitecture.module_exemptions ?? {};
    return (Object.keys(exempt) as ModuleDimension[])
      .filter((d) => plan.business.modules.has(d))
      .map((d): RawFinding => ({ path: ['module_exemptions'], key: d, message: msg('check.architecture.staleExemption', { dimension: label('module_dimension', d) }), hint: msg('check.architecture.staleExemption.hint', { key: d }) }));
  },
};

/** A configurable module with no rationale: a candidate for over-design (§4 caveat). */
export const configurableRationale: Rule = {
  id: 'architecture/configurable-rationale',
  file: BA,
  severity: 'warning',
  basis: 'heuristic',
  source: '§4, §14.4',
  check({ ws, msg }) {
    return ws.businessArchitecture.functions.flatMap((fn, i): RawFinding[] =>
      fn.design_mode === 'configurable' && !fn.rationale?.trim()
        ? [{ path: ['functions', i, 'design_mode'], message: msg('check.architecture.configurableRationale', { fn: fn.name, id: fn.id }), hint: msg('check.architecture.configurableRationale.hint') }]
        : [],
    );
  },
};

/** The product-architecture rules. */
export const architectureRules: readonly Rule[] = [moduleDimensions, moduleExempted, staleExemption, configurableRationale];
