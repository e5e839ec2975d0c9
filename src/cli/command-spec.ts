// The declarative shape of a command: what --help shows, what shell completion offers, and the
// handler it loads on demand.
import type { MessageKey } from '../i18n/index.js';
import type { GlobalOptions } from '../app/context.js';

/**
 * What shell completion offers for an argument or an option's value. When a spec does not say,
 * it follows from the placeholder (`[dir]`, `<file>`, `[canvas-or-dir]`…): see `completionKind`.
 */
export type CompletionKind = 'dir' | 'file' | 'canvas' | 'canvas-or-dir' | 'command' | 'topic' | 'none';

/** One positional argument, e.g. `[dir]`. */
export interface ArgumentSpec {
  syntax: string;
  description: MessageKey;
  default?: string;
  /** The only values accepted; anything else is a usage error naming the allowed ones. */
  choices?: readonly string[];
  completes?: CompletionKind;
}

/** One option, e.g. `--format <format>`. */
export interface OptionSpec {
  flags: string;
  description: MessageKey;
  /** The only values accepted; anything else is a usage error naming the allowed ones. */
  choices?: readonly string[];
  default?: string | boolean;
  /** Values shell completion offers where the command itself checks them (e.g. a comma list). */
  suggestions?: readonly string[];
  completes?: CompletionKind;
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
  /** `cli` describes the whole program (for `completion`, which lists every command). */
  run(args: (string | undefined)[], options: Record<string, unknown> & GlobalOptions, cli: ProgramDescription): Promise<number>;
}

/** The program's commands and options as data: given to a command's `run` so none imports program.ts. */
export interface ProgramDescription {
  commands: readonly Pick<CommandSpec, 'name' | 'summary' | 'arguments' | 'options'>[];
  globalOptions: readonly OptionSpec[];
  /** `-h, --help` then `-V, --version`. */
  builtinFlags: readonly OptionSpec[];
}

/** What completion offers for an argument or option: its own setting, else what its placeholder says. */
export function completionKind(spec: { completes?: CompletionKind; choices?: readonly string[]; suggestions?: readonly string[] }, placeholder: string): CompletionKind {
  if (spec.completes) return spec.completes;
  if (spec.choices || spec.suggestions) return 'none';
  const name = /[<[]([^\]>.]+)/.exec(placeholder)?.[1] ?? '';
  if (name === 'canvas-or-dir') return 'canvas-or-dir';
  if (name === 'canvas') return 'canvas';
  if (name === 'dir') return 'dir';
  if (name === 'file' || name === 'path') return 'file';
  if (name === 'command') return 'command';
  return 'none';
}
