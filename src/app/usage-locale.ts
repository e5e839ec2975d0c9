// The workspace language a usage error should speak, found without loading the workspace.
import { resolve } from 'node:path';
import { peekWorkspaceLocale } from '../store/peek-locale.js';

/**
 * The locale of the first of `candidates` (folders named on the command line, then `.`) that is a
 * workspace saying one, relative to `cwd`; undefined when none does.
 */
export async function workspaceLocaleOf(candidates: readonly string[], cwd: string): Promise<string | undefined> {
  for (const candidate of candidates) {
    const locale = await peekWorkspaceLocale(resolve(cwd, candidate));
    if (locale !== undefined) return locale;
  }
  return undefined;
}
