// Assessment rules: every facet of the model scored, sane targets, evidence (§6, §14.3, §14.4).
import { AS } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** Facets of the assessment model that the assessment leaves unscored. */
export const facetScored: Rule = {
  id: 'assessment/facet-scored',
  file: AS,
  severity: 'warning',
  basis: 'consistency',
  source: '§6',
  check({ ws, plan, msg, list, localized }) {
    const missing = plan.assessment.unscored;
    if (missing.length === 0) return [];
    return [{ path: ['facets'], message: msg('check.assessment.facetScored', { missing: list(missing.map((f) => localized(f.name))), model: localized(ws.model.name) }), hint: msg('check.assessment.facetScored.hint', { ids: missing.map((f) => f.id).join(', ') }) }];
  },
};

/** A target below the current level: the plan would go backwards. */
export const targetBelowCurrent: Rule = {
  id: 'assessment/target-below-current',
  file: AS,
  severity: 'warning',
  basis: 'consistency',
  source: '§6',
  check({ ws, msg, localized }) {
    return ws.model.facets.flatMap((facet): RawFinding[] => {
      const score = ws.assessment.facets[facet.id];
      if (!score || score.target >= score.current) return [];
      return [{ path: ['facets', facet.id, 'target'], message: msg('check.assessment.targetBelowCurrent', { facet: localized(facet.name), target: score.target, current: score.current }), hint: msg('check.assessment.targetBelowCurrent.hint') }];
    });
  },
};

/** Data below 2 while systems are at 4 or more: systems bought, data not harvested (§14.4 suggestion). */
export const dataBehindSystem: Rule = {
  id: 'assessment/data-behind-system',
  file: AS,
  severity: 'warning',
  basis: 'heuristic',
  source: '§6, §14.4',
  check({ ws, msg, localized }) {
    const data = ws.assessment.facets.data;
    const system = ws.assessment.facets.system;
    const dataFacet = ws.model.facets.find((f) => f.id === 'data');
    const systemFacet = ws.model.facets.find((f) => f.id === 'system');
    if (!data || !system || !dataFacet || !systemFacet || data.current >= 2 || system.current < 4) return [];
    return [{ path: ['facets', 'data', 'current'], message: msg('check.assessment.dataBehindSystem', { data: localized(dataFacet.name), dataLevel: data.current, system: localized(systemFacet.name), systemLevel: system.current }), hint: msg('check.assessment.dataBehindSystem.hint') }];
  },
};

/** A scored facet that no piece of evidence supports. */
export const evidence: Rule = {
  id: 'assessment/evidence',
  file: AS,
  severity: 'info',
  basis: 'heuristic',
  source: '§6',
  check({ ws, msg, localized }) {
    const supported = new Set(ws.assessment.evidence.flatMap((e) => e.facets));
    return ws.model.facets
      .filter((f) => ws.assessment.facets[f.id] && !supported.has(f.id))
      .map((f): RawFinding => ({ path: ['facets', f.id], message: msg('check.assessment.evidence', { facet: localized(f.name) }), hint: msg('check.assessment.evidence.hint', { id: f.id }) }));
  },
};

/** The assessment rules. */
export const assessmentRules: readonly Rule[] = [facetScored, targetBelowCurrent, dataBehindSystem, evidence];
