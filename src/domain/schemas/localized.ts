// Text given in every supported locale.
import { z } from 'zod';

/** A string in en, zh-CN and zh-TW; all three are required so no locale falls back to English. */
export const Localized = z.strictObject({
  en: z.string().min(1),
  'zh-CN': z.string().min(1),
  'zh-TW': z.string().min(1),
});

export type LocalizedText = z.infer<typeof Localized>;
