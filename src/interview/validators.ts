// Pure, localized validators shared by the prompts and the answers file, so both reject the same input
// with the same words. A validator returns the message to show, or undefined when the input is fine.
import type { Translator } from '../i18n/index.js';

/** Checks raw text as typed (or as read from an answers file); undefined means valid. */
export type Validator = (raw: string) => string | undefined;

/** Longest text the workspace format accepts (schemas/common.ts `Text`). */
const MAX_TEXT = 2000;
/** The workspace format's id pattern (schemas/common.ts `Id`). */
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const MAX_ID = 64;

/** True when `raw` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(raw);
}

/** Runs validators in order and returns the first message. */
export const all =
  (...checks: Validator[]): Validator =>
  (raw) => {
    for (const check of checks) {
      const message = check(raw);
      if (message !== undefined) return message;
    }
    return undefined;
  };

/** The validators of the interview, speaking the user's language. */
export function createValidators(t: Translator) {
  const text: Validator = (raw) => (raw.trim().length > MAX_TEXT ? t('iv.tooLong', { max: MAX_TEXT }) : undefined);
  const required: Validator = (raw) => (raw.trim() === '' ? t('iv.required') : undefined);
  return {
    /** Free text that may be left empty. */
    optionalText: text,
    /** Free text that must be given. */
    requiredText: all(required, text),
    /** An id in the format's pattern, not among `taken` (the ids other items of the same list use). */
    id:
      (taken: ReadonlySet<string>): Validator =>
      (raw) => {
        const v = raw.trim();
        if (v === '') return t('iv.required');
        if (v.length > MAX_ID || !ID_PATTERN.test(v)) return t('iv.id', { found: v });
        if (taken.has(v)) return t('iv.idTaken', { id: v });
        return undefined;
      },
    /** A whole number in [min, max]; empty allowed only when `optional`. */
    integer:
      (min: number, max: number, optional = false): Validator =>
      (raw) => {
        const v = raw.trim();
        if (v === '') return optional ? undefined : t('iv.required');
        if (!/^[+-]?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
          return Number.isFinite(max) ? t('iv.intRange', { min, max }) : t('iv.intMin', { min });
        }
        return undefined;
      },
    /** A YYYY-MM-DD date, optionally not before `notBefore`; empty allowed only when `optional`. */
    date:
      (optional = false, notBefore?: string): Validator =>
      (raw) => {
        const v = raw.trim();
        if (v === '') return optional ? undefined : t('iv.required');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return t('iv.dateFormat', { found: v });
        if (!isIsoDate(v)) return t('iv.dateReal', { found: v });
        if (notBefore !== undefined && v < notBefore) return t('iv.dateBefore', { date: notBefore });
        return undefined;
      },
    /** At least `min` choices ticked (for checkboxes and lists). */
    atLeast:
      (min: number) =>
      (count: number): string | undefined =>
        count < min ? t('iv.atLeast', { min }) : undefined,
  };
}

/** The validator set bound to one language. */
export type Validators = ReturnType<typeof createValidators>;
