// Building blocks shared by every workspace schema. Custom `error` values are message-catalogue
// keys, so the store can show them in the user's language.
import * as z from 'zod';

/** An identifier other entries refer to: lower-case letters, digits, `_` and `-`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'schema.id' })
  .max(64)
  .meta({ description: 'Identifier referred to from other entries (lower-case letters, digits, _ and -).' });

/** Longest text field, counted after surrounding spaces are trimmed. */
export const TEXT_MAX = 2000;

/**
 * Characters no text field may hold: control characters other than line break and tab, DEL, C1
 * controls, and the bidi embeddings, overrides and isolates that make text read differently from
 * how it is stored ("Trojan Source"). Terminals obey them; documents would carry them on.
 */
export const FORBIDDEN_TEXT_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The first forbidden character of `text`: its code point (U+001B) and 1-based position. */
export function forbiddenCharacter(text: string): { char: string; index: number } | undefined {
  const m = FORBIDDEN_TEXT_CHARS.exec(text);
  if (!m) return undefined;
  return { char: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, index: [...text.slice(0, m.index)].length + 1 };
}

const FORBIDDEN_CLASS = FORBIDDEN_TEXT_CHARS.source.slice(1, -1);

/** No forbidden character anywhere: the same pattern in zod and in the exported JSON Schema. */
const NO_FORBIDDEN = new RegExp(`^[^${FORBIDDEN_CLASS}]*$`);

/**
 * Required text as dxplan reads it, written as one pattern so the JSON Schema says exactly the
 * same: not blank, at most TEXT_MAX characters once trimmed, no forbidden character.
 */
const TEXT_PATTERN = new RegExp(`^(?![\\s\\S]*[${FORBIDDEN_CLASS}])\\s*\\S(?:[\\s\\S]{0,${TEXT_MAX - 2}}\\S)?\\s*$`);

/** Which message a text that fails TEXT_PATTERN gets: forbidden character, blank, or too long. */
function textProblem(input: unknown): string {
  if (typeof input !== 'string') return 'schema.invalid';
  if (FORBIDDEN_TEXT_CHARS.test(input)) return 'schema.control';
  return input.trim() === '' ? 'schema.empty' : 'schema.max.text';
}

/** A required piece of human text (surrounding spaces trimmed). */
export const Text = z
  .string()
  .regex(TEXT_PATTERN, { error: (issue) => textProblem(issue.input) })
  .trim();

/** An optional piece of human text (an empty string counts as unset). */
export const OptionalText = z.string().regex(NO_FORBIDDEN, { error: 'schema.control' }).max(TEXT_MAX).optional();

/** Days in each month of a leap year; February's 29th is checked against the year below. */
const MONTH_DAYS = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';

/** Leap years of the Gregorian calendar: divisible by 4, and not by 100 unless by 400. */
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';

/** A real calendar date: the pattern the JSON Schema carries too, so editors flag 2026-02-30. */
export const REAL_DATE = new RegExp(`^(?:\\d{4}-${MONTH_DAYS}|${LEAP_YEAR}-02-29)$`);

/** A calendar date written as YYYY-MM-DD (quoted or not: YAML's date type is read as text). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'schema.date', abort: true })
  .regex(REAL_DATE, { error: 'schema.date.real' })
  .meta({ description: 'A date, YYYY-MM-DD.' });

/** Every workspace file starts with this format version. */
export const Version = z.literal(1).meta({ description: 'Format version of this file; always 1.' });

/** A 0-2 score on one criterion (methodology §14.3). */
export const Score02 = z.number().int().min(0).max(2);
