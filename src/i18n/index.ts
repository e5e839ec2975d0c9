// The message catalogue and the translator every user-facing string goes through.
import type { Locale } from '../shared/locale.js';
import { buildMessages } from './catalog/build.js';
import { checkMessages } from './catalog/check.js';
import { cliMessages } from './catalog/cli.js';
import { coreMessages } from './catalog/core.js';
import { diffMessages } from './catalog/diff.js';
import { explainMessages } from './catalog/explain.js';
import { interviewMessages } from './catalog/interview.js';
import { methodDocMessages } from './catalog/method-docs.js';
import { renderMessages } from './catalog/render.js';
import { storeMessages } from './catalog/store.js';
import type { Message } from './message.js';

/** Every message of dxplan, merged from the per-area catalogues. */
export const catalogue = {
  ...coreMessages,
  ...cliMessages,
  ...storeMessages,
  ...checkMessages,
  ...buildMessages,
  ...interviewMessages,
  ...renderMessages,
  ...diffMessages,
  ...explainMessages,
  ...methodDocMessages,
} as const;

/** A key of the catalogue. */
export type MessageKey = keyof typeof catalogue;

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Translates keys into one locale (the one it carries). */
export interface Translator {
  (key: MessageKey, params?: MessageParams): string;
  readonly locale: Locale;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one locale. */
export function translator(locale: Locale): Translator {
  return Object.assign((key: MessageKey, params?: MessageParams) => format((catalogue[key] as Message)[locale], params), { locale });
}

export { isLocale, localeFromEnv, resolveLocale } from './locale.js';
