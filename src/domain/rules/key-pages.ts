// Solution validation: key pages are shown as two or three options, each argued in user, business
// and platform value (methodology §10, §14.4).
import { BA } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** Fewest and most options a key page offers (§10: "A/B (up to 3)"). */
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 3;

/** A key page with fewer than two or more than three options, or an option missing one of its three values. */
export const keyPageOptions: Rule = {
  id: 'validation/key-page-options',
  file: BA,
  severity: 'warning',
  basis: 'methodology',
  source: '§10 validation tactics, §14.4',
  check({ ws, msg, list, named }) {
    const out: RawFinding[] = [];
    const hint = msg('check.validation.keyPageOptions.hint');
    (ws.businessArchitecture.key_pages ?? []).forEach((page, i) => {
      const pageName = named(page.name, page.id);
      const count = page.options.length;
      if (count < MIN_OPTIONS) out.push({ path: ['key_pages', i, 'options'], message: msg('check.validation.tooFewOptions', { page: pageName, count }), hint });
      if (count > MAX_OPTIONS) out.push({ path: ['key_pages', i, 'options', MAX_OPTIONS], message: msg('check.validation.tooManyOptions', { page: pageName, count }), hint });
      page.options.forEach((option, j) => {
        const missing = [
          ...(option.user_value?.trim() ? [] : [msg('check.validation.userValue')]),
          ...(option.business_value?.trim() ? [] : [msg('check.validation.businessValue')]),
          ...(option.platform_value?.trim() ? [] : [msg('check.validation.platformValue')]),
        ];
        if (missing.length > 0) out.push({ path: ['key_pages', i, 'options', j], message: msg('check.validation.optionValues', { option: option.name, page: pageName, missing: list(missing) }), hint });
      });
    });
    return out;
  },
};

/** The solution-validation rules. */
export const keyPageRules: readonly Rule[] = [keyPageOptions];
