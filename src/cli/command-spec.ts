// The declarative shape of a command: what --help shows, and the handler it loads on demand.
import type { MessageKey } from '../i18n/index.js';
import type { GlobalOptions } from '../app/context.js';

/** One positional argument, e.g. `[dir]`. */
export interface ArgumentSpec {
  syntax: string;
  description: MessageKey;
  default?: string;
}

/** One option, e.g. `--format <format>`. */
export interface OptionSpec {
  flags: string;
  description: MessageKey;
  choices?: readonly string[];
  default?: string | boolean;
}

/**
 * A command of the CLI. Specs are cheap to import (no heavy dependencies): `run` imports the
 * implementation only when the command is actually used, which keeps `--help` and `--version` fast.
 */
export interface CommandSpec {
  name: string;
  summary: MessageKey;
  arguments: readonly ArgumentSpec[];
  options: readonly OptionSpec[];
  /** Example invocations shown under --help (command lines are not translated). */
  examples: readonly string[];
  run(args: (string | undefined)[], options: Record<string, unknown> & GlobalOptions): Promise<number>;
}
