// Assessment rules: every facet of the model scored, sane targets, evidence (§6, §14.3, §14.4).
import { AS } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** Facets of the assessment model that the assessment leaves unscored. */
export const facetScored: Rule = {
  id: 'assessment/facet-scored',
  file: AS,
  severity: 'warning',
  source: '§6',
  check({ ws, t, locale, list }) {
    const missing = ws.model.facets.filter((f) => !ws.assessment.facets[f.id]);
    if (missing.length === 0) return [];
    return [{ path: ['facets'], message: t('check.assessment.facetScored', { missing: list(missing.map((f) => f.name[locale])), model: ws.model.name[locale] }), hint: t('check.assessment.facetScored.hint', { ids: missing.map((f) => f.id).join(', ') }) }];
  },
};

/** A target below the current level: the plan would go backwards. */
export const targetBelowCurrent: Rule = {
  id: 'assessment/target-below-current',
  file: AS,
  severity: 'warning',
  source: '§6',
  check({ ws, t, locale }) {
    return ws.model.facets.flatMap((facet): RawFinding[] => {
      const score = ws.assessment.facets[facet.id];
      if (!score || score.target >= score.current) return [];
      return [{ path: ['facets', facet.id, 'target'], message: t('check.assessment.targetBelowCurrent', { facet: facet.name[locale], target: score.target, current: score.current }), hint: t('check.assessment.targetBelowCurrent.hint') }];
    });
  },
};

/** Data below 2 while systems are at 4 or more: systems bought, data not harvested (§14.4 suggestion). */
export const dataBehindSystem: Rule = {
  id: 'assessment/data-behind-system',
  file: AS,
  severity: 'warning',
  source: '§6, §14.4',
  check({ ws, t, locale }) {
    const data = ws.assessment.facets.data;
    const system = ws.assessment.facets.system;
    const dataFacet = ws.model.facets.find((f) => f.id === 'data');
    const systemFacet = ws.model.facets.find((f) => f.id === 'system');
    if (!data || !system || !dataFacet || !systemFacet || data.current >= 2 || system.current < 4) return [];
    return [{ path: ['facets', 'data', 'current'], message: t('check.assessment.dataBehindSystem', { data: dataFacet.name[locale], dataLevel: data.current, system: systemFacet.name[locale], systemLevel: system.current }), hint: t('check.assessment.dataBehindSystem.hint') }];
  },
};

/** A scored facet that no piece of evidence supports. */
export const evidence: Rule = {
  id: 'assessment/evidence',
  file: AS,
  severity: 'info',
  source: '§6',
  check({ ws, t, locale }) {
    const supported = new Set(ws.assessment.evidence.flatMap((e) => e.facets));
    return ws.model.facets
      .filter((f) => ws.assessment.facets[f.id] && !supported.has(f.id))
      .map((f): RawFinding => ({ path: ['facets', f.id], message: t('check.assessment.evidence', { facet: f.name[locale] }), hint: t('check.assessment.evidence.hint', { id: f.id }) }));
  },
};

/** The assessment rules. */
export const assessmentRules: readonly Rule[] = [facetScored, targetBelowCurrent, dataBehindSystem, evidence];
