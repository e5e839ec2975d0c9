// What a use case runs with: the outside world as a small I/O type (streams, environment, folder,
// clock), plus the user's language. Only the CLI builds one from `process`; tests build their own.
import { resolveLocale, translator, type Translator } from '../i18n/index.js';
import type { Locale } from '../shared/locale.js';

/** The outside world a use case may touch. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Whether someone can answer prompts (the interview refuses to wait for keys that never come). */
  stdin: { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Today, for the interview's default dates (DXPLAN_TODAY in `env` pins it). */
  now(): Date;
}

/** Options every command accepts. */
export interface GlobalOptions {
  lang?: string;
  quiet?: boolean;
}

/** The I/O of a use case, plus the language it speaks and whether --quiet was given. */
export interface AppContext extends Io {
  locale: Locale;
  t: Translator;
  /** True when `--quiet` was given: only errors and requested output are printed. */
  quiet: boolean;
}

/** The context for `io`, speaking the workspace's locale unless --lang says otherwise. */
export function appContext(io: Io, options: GlobalOptions, workspaceLocale?: string): AppContext {
  const locale = resolveLocale(options.lang, workspaceLocale, io.env);
  return { ...io, locale, t: translator(locale), quiet: Boolean(options.quiet) };
}

/** The context for a command that works on the workspace in `dir` (relative to `io.cwd`). */
export async function workspaceContext(io: Io, options: GlobalOptions, dir: string): Promise<AppContext> {
  const [{ peekWorkspaceLocale }, { resolve }] = await Promise.all([import('../store/peek-locale.js'), import('node:path')]);
  return appContext(io, options, await peekWorkspaceLocale(resolve(io.cwd, dir)));
}
