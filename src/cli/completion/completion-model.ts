// What shell completion knows about dxplan, derived from the same specs that build the commander
// program, so a new command or option is completed the moment it exists.
import type { Translator } from '../../i18n/index.js';
import { completionKind, type ArgumentSpec, type CommandSpec, type CompletionKind, type OptionSpec } from '../command-spec.js';

/** One option as a shell sees it. */
export interface CompletionOption {
  long?: string;
  short?: string;
  description: string;
  /** True when the option is followed by a value (`--out <dir>`). */
  takesValue: boolean;
  /** The values offered for it; `list` when several may be joined by commas (`svg,png`). */
  values: readonly string[];
  list: boolean;
  kind: CompletionKind;
}

/** One positional argument as a shell sees it. */
export interface CompletionArgument {
  name: string;
  values: readonly string[];
  kind: CompletionKind;
}

/** One command as a shell sees it. */
export interface CompletionCommand {
  name: string;
  description: string;
  options: readonly CompletionOption[];
  arguments: readonly CompletionArgument[];
}

/** Everything a completion script is generated from. */
export interface CompletionModel {
  commands: readonly CompletionCommand[];
  /** Options accepted before or after any command. */
  globalOptions: readonly CompletionOption[];
  /** Options accepted only before a command (`--version`). */
  programOptions: readonly CompletionOption[];
  canvases: readonly string[];
  /** What `dxplan explain` explains: rule ids, recommendation ids, term ids. */
  topics: readonly string[];
}

/** The sources of the model: the command specs and what commander adds to them. */
export interface CompletionSources {
  commands: readonly Pick<CommandSpec, 'name' | 'summary' | 'arguments' | 'options'>[];
  globalOptions: readonly OptionSpec[];
  /** `-h, --help` (every command) and `-V, --version` (the program only). */
  helpFlag: OptionSpec;
  versionFlag: OptionSpec;
  canvases: readonly string[];
  topics: readonly string[];
}

/** The shell's view of one option spec. */
function option(t: Translator, spec: OptionSpec): CompletionOption {
  const long = /--[\w-]+/.exec(spec.flags)?.[0];
  const short = /(?:^|[ ,])(-\w)(?:[ ,]|$)/.exec(spec.flags)?.[1];
  const placeholder = /[<[][^\]>]+[\]>]/.exec(spec.flags)?.[0] ?? '';
  return {
    ...(long ? { long } : {}),
    ...(short ? { short } : {}),
    // One line: descriptions end up inside shell strings.
    description: t(spec.description).replace(/\s+/g, ' '),
    takesValue: placeholder !== '',
    values: spec.choices ?? spec.suggestions ?? [],
    list: spec.suggestions !== undefined,
    kind: placeholder ? completionKind(spec, placeholder) : 'none',
  };
}

/** The shell's view of one argument spec. */
function argument(spec: ArgumentSpec): CompletionArgument {
  return { name: spec.syntax.replace(/[<>[\]]/g, ''), values: spec.choices ?? [], kind: completionKind(spec, spec.syntax) };
}

/** Builds the model; descriptions are in the translator's language. */
export function completionModel(t: Translator, sources: CompletionSources): CompletionModel {
  const help = option(t, sources.helpFlag);
  return {
    commands: sources.commands.map((c) => ({
      name: c.name,
      description: t(c.summary).replace(/\s+/g, ' '),
      options: [...c.options.map((o) => option(t, o)), help],
      arguments: c.arguments.map(argument),
    })),
    globalOptions: [...sources.globalOptions.map((o) => option(t, o)), help],
    programOptions: [option(t, sources.versionFlag)],
    canvases: sources.canvases,
    topics: sources.topics,
  };
}

/** Every spelling of an option (`-q`, `--quiet`). */
export const spellings = (o: CompletionOption): string[] => [o.short, o.long].filter((s): s is string => s !== undefined);
