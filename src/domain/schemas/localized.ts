// Text given in every supported locale.
import * as z from 'zod';
import { FORBIDDEN_TEXT_CHARS } from './common.js';

/** One locale's text: not empty, and no character a terminal would obey (a custom model is user input). */
const LocaleText = z.string().min(1).regex(new RegExp(`^[^${FORBIDDEN_TEXT_CHARS.source.slice(1, -1)}]*$`), { error: 'schema.control' });

/** A string in en, zh-CN and zh-TW; all three are required so no locale falls back to English. */
export const Localized = z.strictObject({
  en: LocaleText,
  'zh-CN': LocaleText,
  'zh-TW': LocaleText,
});

export type LocalizedText = z.infer<typeof Localized>;
