// Building blocks shared by every workspace schema. Custom `error` values are message-catalogue
// keys, so the store can show them in the user's language.
import { z } from 'zod';

/** An identifier other entries refer to: lower-case letters, digits, `_` and `-`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'schema.id' })
  .max(64)
  .meta({ description: 'Identifier referred to from other entries (lower-case letters, digits, _ and -).' });

/** A required piece of human text. */
export const Text = z.string().trim().min(1, { error: 'schema.empty' }).max(2000);

/** An optional piece of human text (an empty string counts as unset). */
export const OptionalText = z.string().max(2000).optional();

/** A calendar date written as YYYY-MM-DD (quoted or not: YAML's date type is read as text). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'schema.date', abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { error: 'schema.date.real' })
  .meta({ description: 'A date, YYYY-MM-DD.' });

/** Every workspace file starts with this format version. */
export const Version = z.literal(1).meta({ description: 'Format version of this file; always 1.' });

/** A 0-2 score on one criterion (methodology §14.3). */
export const Score02 = z.number().int().min(0).max(2);
