// The four looks: outward, inward, forward and to money, each addressed (methodology §12, §14.4).
import { LP } from './files.js';
import type { Rule } from './types.js';

/** Looks the launch plan does not address. */
export const fourLooks: Rule = {
  id: 'looks/four-looks',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§12, §14.4',
  check({ plan, msg, label, list }) {
    const missing = plan.state.missing.fourLooks;
    if (missing.length === 0) return [];
    return [{ path: ['four_looks'], message: msg('check.looks.fourLooks', { count: missing.length, missing: list(missing.map((l) => label('four_looks', l))) }), hint: msg('check.looks.fourLooks.hint') }];
  },
};

/** The four-looks rules. */
export const fourLooksRules: readonly Rule[] = [fourLooks];
