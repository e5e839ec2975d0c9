// The commander program: global options, localized help, and every command registered lazily.
import { Argument, Command, CommanderError, Option } from 'commander';
import { closest } from '../shared/did-you-mean.js';
import type { Translator } from '../i18n/index.js';
import { LOCALES } from '../shared/locale.js';
import type { CommandSpec, OptionSpec } from './command-spec.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { completionCommand } from './commands/completion.js';
import { diffCommand } from './commands/diff.js';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { interviewCommand } from './commands/interview.js';
import { schemaCommand } from './commands/schema.js';
import { showCommand } from './commands/show.js';
import { validateCommand } from './commands/validate.js';
import { packagePath } from '../paths.js';
import { EXIT } from '../app/exit-codes.js';
import { UsageError } from './usage-error.js';
import { terminalSafe } from '../shared/terminal-safe.js';

/** Every command, in the order --help lists them (the order a user meets them). */
export const COMMANDS: readonly CommandSpec[] = [
  initCommand,
  interviewCommand,
  validateCommand,
  checkCommand,
  showCommand,
  buildCommand,
  schemaCommand,
  explainCommand,
  diffCommand,
  completionCommand,
];

/** Options every command accepts, besides -h/--help and -V/--version (which commander adds itself). */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flags: '--lang <locale>', description: 'cli.opt.lang', choices: LOCALES },
  { flags: '-q, --quiet', description: 'cli.opt.quiet' },
];

/** The flags commander adds to every command, with their descriptions (for shell completion). */
export const BUILTIN_FLAGS: readonly OptionSpec[] = [
  { flags: '-h, --help', description: 'cli.opt.help' },
  { flags: '-V, --version', description: 'cli.opt.version' },
];

/** `dxplan help [command]`, which commander provides; described here so completion knows it. */
export const HELP_COMMAND = { name: 'help', summary: 'cli.cmd.help', arguments: [{ syntax: '[command]', description: 'cli.cmd.help' }], options: [] } as const satisfies Pick<CommandSpec, 'name' | 'summary' | 'arguments' | 'options'>;

/** Commander's help with its titles and "(default: …)"/"(choices: …)" notes translated. */
function localizedHelp(t: Translator) {
  const extra = (description: string, choices: readonly string[] | undefined, defaultValue: unknown) => {
    const notes: string[] = [];
    if (choices) notes.push(t('cli.help.choices', { choices: choices.join(', ') }));
    if (defaultValue !== undefined && defaultValue !== false) notes.push(t('cli.help.default', { value: String(defaultValue) }));
    return notes.length ? `${description} (${notes.join('; ')})` : description;
  };
  return {
    styleTitle: titleTranslator(t),
    showGlobalOptions: true,
    optionDescription: (o: Option) => extra(o.description ?? '', o.argChoices, o.defaultValue),
    argumentDescription: (a: Argument) => extra(a.description ?? '', a.argChoices, a.defaultValue),
  };
}

/** Commander's own help titles, translated. */
function titleTranslator(t: Translator) {
  const titles: Record<string, string> = {
    'Usage:': t('cli.help.usage'),
    'Options:': t('cli.help.options'),
    'Commands:': t('cli.help.commands'),
    'Arguments:': t('cli.help.arguments'),
    'Global Options:': t('cli.help.globalOptions'),
  };
  return (title: string) => titles[title] ?? title;
}

/** A parser for a closed set of values: anything else is a usage error naming the value and the allowed ones. */
function oneOf(name: string, choices: readonly string[], command?: string) {
  return (value: string) => {
    if (choices.includes(value)) return value;
    // The allowed values are few and all listed, so no "did you mean" is needed.
    throw new UsageError((tr) => tr('cli.err.badChoice', { option: name, value: terminalSafe(value), allowed: choices.join(', ') }), command);
  };
}

/** The long name of an option's flags (`--format` of `--format <format>`). */
const longName = (flags: string): string => /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0]!;

/** A commander option from its spec; closed choices get dxplan's own usage error. */
function toOption(t: Translator, opt: OptionSpec, command?: string): Option {
  const option = new Option(opt.flags, t(opt.description));
  if (opt.choices) option.choices(opt.choices).argParser(oneOf(longName(opt.flags), opt.choices, command));
  if (opt.default !== undefined) option.default(opt.default);
  return option;
}

/** Builds the program. `onExit` receives the exit code of whatever ran. */
export function createProgram(t: Translator, version: string, onExit: (code: number) => void): Command {
  const program = new Command('dxplan');
  program
    .description(t('cli.description'))
    // Before any subcommand exists, so every command inherits it: commander's own English error
    // line is never printed; main prints one localized line instead (usageMessage).
    .configureOutput({ writeErr: () => {} })
    .version(version, '-V, --version', t('cli.opt.version'))
    .helpOption('-h, --help', t('cli.opt.help'))
    .helpCommand(`${HELP_COMMAND.name} ${HELP_COMMAND.arguments[0].syntax}`, t(HELP_COMMAND.summary));
  for (const opt of GLOBAL_OPTIONS) program.addOption(toOption(t, opt));
  program
    .configureHelp(localizedHelp(t))
    .showHelpAfterError(false)
    .exitOverride()
    .addHelpText(
      'after',
      `\n${t('cli.help.examples')}\n${COMMANDS.map((c) => `  ${c.examples[0]}`).join('\n')}\n\n${t('cli.help.exitCodes')}\n${t('cli.help.docs', { path: packagePath('docs', 'README.md') })}\n`,
    );

  for (const spec of COMMANDS) {
    const cmd = program.command(spec.name).description(t(spec.summary)).helpOption('-h, --help', t('cli.opt.help'));
    // Extra arguments are checked in the action, which can name the first one that is too many.
    cmd.configureHelp(localizedHelp(t)).exitOverride().allowExcessArguments(true);
    for (const arg of spec.arguments) {
      const argument = new Argument(arg.syntax, t(arg.description));
      if (arg.default !== undefined) argument.default(arg.default);
      if (arg.choices) argument.choices(arg.choices).argParser(oneOf(arg.syntax, arg.choices, spec.name));
      cmd.addArgument(argument);
    }
    for (const opt of spec.options) cmd.addOption(toOption(t, opt, spec.name));
    cmd.addHelpText('after', `\n${t('cli.help.examples')}\n${spec.examples.map((e) => `  ${e}`).join('\n')}\n`);
    cmd.action(async (...received: unknown[]) => {
      // commander passes the declared arguments, then the options object, then the command.
      const command = received[received.length - 1] as Command;
      const extra = command.args[spec.arguments.length];
      if (extra !== undefined) {
        const usage = spec.arguments.map((a) => a.syntax).join(' ');
        throw new UsageError((tr) => tr('cli.err.unexpectedArgument', { argument: terminalSafe(extra), command: spec.name, usage }).trimEnd(), spec.name);
      }
      const args = received.slice(0, spec.arguments.length) as (string | undefined)[];
      onExit(await spec.run(args, command.optsWithGlobals(), { commands: [...COMMANDS, HELP_COMMAND], globalOptions: GLOBAL_OPTIONS, builtinFlags: BUILTIN_FLAGS }));
    });
  }
  return program;
}

/** The first command named in `argv` (skipping global options and their values), for "see dxplan X --help". */
export function commandIn(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) return COMMANDS.some((c) => c.name === a) ? a : undefined;
  }
  return undefined;
}

/** The localized message for a commander usage error, or undefined for help/version exits. */
export function usageMessage(error: CommanderError, t: Translator): string | undefined {
  if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return undefined;
  // commander quotes the user's text in its English message; greedy, so a quote inside it survives.
  const text = error.message.replace(/^error: /, '');
  const quoted = terminalSafe(/'([\s\S]*)'/.exec(text.split('\n')[0] ?? '')?.[1] ?? '');
  switch (error.code) {
    case 'commander.unknownOption': {
      const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(text)?.[1];
      return t('cli.err.unknownOption', { option: quoted }) + (suggestion && !suggestion.startsWith('one of') ? t('cli.err.didYouMean', { suggestion }) : '');
    }
    case 'commander.unknownCommand': {
      const suggestion = closest(quoted, COMMANDS.map((c) => c.name));
      return t('cli.err.unknownCommand', { command: quoted }) + (suggestion ? t('cli.err.didYouMean', { suggestion }) : '');
    }
    case 'commander.missingArgument':
      return t('cli.err.missingArgument', { argument: quoted });
    case 'commander.optionMissingArgument':
      return t('cli.err.optionMissingArgument', { option: quoted });
    default:
      return t('cli.err.usage', { detail: terminalSafe(text) });
  }
}

/** The message for `dxplan help <name>` when no command has that name. */
export function unknownCommandMessage(name: string, t: Translator): string {
  const suggestion = closest(name, COMMANDS.map((c) => c.name));
  return t('cli.err.unknownCommand', { command: terminalSafe(name) }) + (suggestion ? t('cli.err.didYouMean', { suggestion }) : '');
}

export { EXIT };
