// The four looks: outward, inward, forward and to money, each addressed (methodology §12, §14.4).
import { FOUR_LOOKS } from '../enums.js';
import { LP } from './files.js';
import type { Rule } from './types.js';

/** Looks the launch plan does not address. */
export const fourLooks: Rule = {
  id: 'looks/four-looks',
  file: LP,
  severity: 'warning',
  source: '§12, §14.4',
  check({ ws, t, label, list }) {
    const looks = ws.launchPlan.four_looks ?? {};
    const missing = FOUR_LOOKS.filter((l) => !looks[l]?.trim());
    if (missing.length === 0) return [];
    return [{ path: ['four_looks'], message: t('check.looks.fourLooks', { count: missing.length, missing: list(missing.map((l) => label('four_looks', l))) }), hint: t('check.looks.fourLooks.hint') }];
  },
};

/** The four-looks rules. */
export const fourLooksRules: readonly Rule[] = [fourLooks];
