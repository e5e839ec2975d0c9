// What a command runs with: the user's language, output streams and environment.
import type { Locale } from '../domain/enums.js';
import { resolveLocale, translator, type Translator } from '../i18n/index.js';

/** Everything a command needs from the outside world, so commands stay testable. */
export interface CliContext {
  locale: Locale;
  t: Translator;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when `--quiet` was given: only errors and requested output are printed. */
  quiet: boolean;
}

/** Options every command accepts. */
export interface GlobalOptions {
  lang?: string;
  quiet?: boolean;
}

/** Builds the context for a command, speaking the workspace's locale unless --lang says otherwise. */
export function createContext(options: GlobalOptions, workspaceLocale?: string): CliContext {
  const locale = resolveLocale(options.lang, workspaceLocale, process.env);
  return {
    locale,
    t: translator(locale),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    quiet: Boolean(options.quiet),
  };
}

/** The context for a command that works on the workspace in `dir`. */
export async function workspaceContext(options: GlobalOptions, dir: string): Promise<CliContext> {
  const { peekWorkspaceLocale } = await import('../store/peek-locale.js');
  return createContext(options, await peekWorkspaceLocale(dir));
}
