// Rules about dxplan.yaml's own settings: rule ids and weight keys that match nothing.
import { closest } from '../../shared/did-you-mean.js';
import { NORTH_STAR_CRITERIA } from '../enums.js';
import { MANIFEST } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** A `rules:` entry naming no rule: the setting silently does nothing. */
export const unknownRule: Rule = {
  id: 'config/unknown-rule',
  file: MANIFEST,
  severity: 'warning',
  basis: 'consistency',
  source: '-',
  check({ ws, msg, ruleIds }) {
    return Object.keys(ws.manifest.rules ?? {})
      .filter((id) => !ruleIds.has(id))
      .map((id): RawFinding => {
        const suggestion = closest(id, ruleIds);
        return { path: ['rules'], key: id, message: msg('check.config.unknownRule', { id }), hint: suggestion ? msg('check.config.didYouMean', { suggestion }) : msg('check.config.unknownRule.hint') };
      });
  },
};

/** A `weights:` key that is neither a north-star criterion nor a facet of the assessment model. */
export const unknownWeight: Rule = {
  id: 'config/unknown-weight',
  file: MANIFEST,
  severity: 'warning',
  basis: 'consistency',
  source: '-',
  check({ ws, msg }) {
    const out: RawFinding[] = [];
    const report = (group: 'north_star' | 'assessment', known: readonly string[]) => {
      for (const key of Object.keys(ws.manifest.weights?.[group] ?? {})) {
        if (known.includes(key)) continue;
        const suggestion = closest(key, known);
        out.push({
          path: ['weights', group],
          key,
          message: msg('check.config.unknownWeight', { key, group }),
          hint: suggestion ? msg('check.config.didYouMean', { suggestion }) : msg('check.config.unknownWeight.hint', { known: known.join(', ') }),
        });
      }
    };
    report('north_star', NORTH_STAR_CRITERIA);
    report('assessment', ws.model.facets.map((f) => f.id));
    return out;
  },
};

/** The manifest rules. */
export const configRules: readonly Rule[] = [unknownRule, unknownWeight];
