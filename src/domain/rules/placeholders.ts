// A starter plan is not a plan: every field that still holds `dxplan init`'s "Replace with …" text
// is an error, one finding per field, pointed at the field itself.
import { MANIFEST } from './files.js';
import type { Rule } from './types.js';

/** Longest piece of the placeholder quoted back, in characters (code points). */
const QUOTE_MAX = 60;

/** The start of `text`, cut at QUOTE_MAX characters. */
const quote = (text: string): string => {
  const chars = [...text.trim()];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : chars.join('');
};

/** Fields of any workspace file that still hold a starter placeholder. */
export const placeholderText: Rule = {
  id: 'plan/placeholder',
  file: MANIFEST,
  severity: 'error',
  basis: 'consistency',
  source: 'dxplan init starter files',
  check({ plan, msg }) {
    return plan.state.placeholders.map((p) => ({
      file: p.file,
      path: p.path,
      message: msg('check.plan.placeholder', { field: p.path.join('.'), text: quote(p.text) }),
      hint: msg('check.plan.placeholder.hint'),
    }));
  },
};

/** The placeholder rules. */
export const placeholderRules: readonly Rule[] = [placeholderText];
