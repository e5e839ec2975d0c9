// Which locale a command speaks: --lang, else the workspace's, else the environment's.
import { LOCALES, type Locale } from '../shared/locale.js';

/** True when `value` names a supported locale. */
export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Maps a POSIX locale such as `zh_TW.UTF-8` or `zh_HK` to a supported locale, if any. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale | undefined {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = raw.split('.')[0]!.replace('_', '-').toLowerCase();
  if (!tag || tag === 'c' || tag === 'posix') return undefined;
  if (tag.startsWith('zh')) {
    return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-TW' : 'zh-CN';
  }
  if (tag.startsWith('en')) return 'en';
  return undefined;
}

/** Picks the locale: explicit option, then the workspace's, then the environment, then English. */
export function resolveLocale(explicit: string | undefined, workspace: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (isLocale(explicit)) return explicit;
  if (isLocale(workspace)) return workspace;
  return localeFromEnv(env) ?? 'en';
}
