// The supported locales: a leaf every layer may import (the message catalogue and the domain both
// need them, and neither should import the other for it).

/** Supported locales. */
export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;

/** A supported locale. */
export type Locale = (typeof LOCALES)[number];

/** A text given in every supported locale. */
export type LocalizedString = Record<Locale, string>;
