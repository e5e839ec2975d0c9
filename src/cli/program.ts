// The commander program: global options, localized help, and every command registered lazily.
import { Argument, Command, CommanderError, Option } from 'commander';
import { closest } from '../domain/did-you-mean.js';
import type { Translator } from '../i18n/index.js';
import { LOCALES } from '../domain/enums.js';
import type { CommandSpec } from './command-spec.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { initCommand } from './commands/init.js';
import { interviewCommand } from './commands/interview.js';
import { schemaCommand } from './commands/schema.js';
import { showCommand } from './commands/show.js';
import { validateCommand } from './commands/validate.js';
import { EXIT } from './exit-codes.js';

/** Every command, in the order --help lists them (the order a user meets them). */
export const COMMANDS: readonly CommandSpec[] = [
  initCommand,
  interviewCommand,
  validateCommand,
  checkCommand,
  showCommand,
  buildCommand,
  schemaCommand,
  diffCommand,
];

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

/** Builds the program. `onExit` receives the exit code of whatever ran. */
export function createProgram(t: Translator, version: string, onExit: (code: number) => void): Command {
  const program = new Command('dxplan');
  program
    .description(t('cli.description'))
    .version(version, '-V, --version', t('cli.opt.version'))
    .helpOption('-h, --help', t('cli.opt.help'))
    .helpCommand(false)
    .addOption(new Option('--lang <locale>', t('cli.opt.lang')).choices(LOCALES))
    .option('-q, --quiet', t('cli.opt.quiet'))
    .configureHelp(localizedHelp(t))
    .showHelpAfterError(false)
    .exitOverride()
    .addHelpText('after', `\n${t('cli.help.examples')}\n${COMMANDS.map((c) => `  ${c.examples[0]}`).join('\n')}\n\n${t('cli.help.exitCodes')}\n`);

  for (const spec of COMMANDS) {
    const cmd = program.command(spec.name).description(t(spec.summary)).helpOption('-h, --help', t('cli.opt.help'));
    cmd.configureHelp(localizedHelp(t)).exitOverride();
    for (const arg of spec.arguments) cmd.argument(arg.syntax, t(arg.description), arg.default);
    for (const opt of spec.options) {
      const option = new Option(opt.flags, t(opt.description));
      if (opt.choices) option.choices(opt.choices);
      if (opt.default !== undefined) option.default(opt.default);
      cmd.addOption(option);
    }
    cmd.addHelpText('after', `\n${t('cli.help.examples')}\n${spec.examples.map((e) => `  ${e}`).join('\n')}\n`);
    cmd.action(async (...received: unknown[]) => {
      // commander passes the declared arguments, then the options object, then the command.
      const command = received[received.length - 1] as Command;
      const args = received.slice(0, spec.arguments.length) as (string | undefined)[];
      onExit(await spec.run(args, command.optsWithGlobals()));
    });
  }
  return program;
}

/** The localized message for a commander usage error, or undefined for help/version exits. */
export function usageMessage(error: CommanderError, t: Translator): string | undefined {
  if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return undefined;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return t('cli.err.unknownOption', { option: quoted });
    case 'commander.unknownCommand': {
      const suggestion = closest(quoted, COMMANDS.map((c) => c.name));
      return t('cli.err.unknownCommand', { command: quoted }) + (suggestion ? t('cli.err.didYouMean', { suggestion }) : '');
    }
    case 'commander.missingArgument':
      return t('cli.err.missingArgument', { argument: quoted });
    case 'commander.optionMissingArgument':
      return t('cli.err.optionMissingArgument', { option: quoted });
    case 'commander.excessArguments':
      return t('cli.err.excessArguments');
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.+)\./.exec(error.message)?.[1] ?? '';
      return t('cli.err.invalidArgument', { value: quoted, allowed });
    }
    default:
      return t('cli.err.usage', { detail: error.message.replace(/^error: /, '') });
  }
}

export { EXIT };
