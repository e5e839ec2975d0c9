// A usage mistake found by dxplan itself (not by commander), worded once the language is known.
import type { Translator } from '../i18n/index.js';

/**
 * Thrown for a usage error; the entry point prints `say(t)` once and exits 2. The wording is a
 * function because the language may be the workspace's, which is read only when an error occurs.
 */
export class UsageError extends Error {
  constructor(
    readonly say: (t: Translator) => string,
    /** The command whose `--help` explains the right usage, when there is one. */
    readonly command?: string,
  ) {
    super('usage error');
  }
}
