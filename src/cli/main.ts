// The entry point: parses argv, runs one command, and is the only place that sets the exit code.
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { resolveLocale, translator, type Translator } from '../i18n/index.js';
import { packagePath } from '../paths.js';
import { EXIT, ExitError } from '../app/exit-codes.js';
import { commandIn, createProgram, unknownCommandMessage, usageMessage } from './program.js';
import { UsageError } from './usage-error.js';

/** The --lang given on the command line, read before commander so help and errors are localized too. */
function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/**
 * The language of a usage error: --lang, else the locale of the workspace the command line names
 * (or the current folder's), else LANG. Read only when an error occurs, so a run pays nothing for it.
 */
async function usageTranslator(argv: readonly string[]): Promise<Translator> {
  const lang = langFromArgv(argv);
  if (lang === undefined) {
    const { workspaceLocaleOf } = await import('../app/usage-locale.js');
    const locale = await workspaceLocaleOf([...argv.filter((a) => !a.startsWith('-')), '.'], process.cwd());
    if (locale !== undefined) return translator(resolveLocale(undefined, locale, process.env));
  }
  return translator(resolveLocale(lang, undefined, process.env));
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // The yaml parser reads process.env once per token, and process.env is a slow host object: a
  // plain copy makes large workspaces parse about 12% faster. Child processes still inherit it.
  process.env = { ...process.env };
  // `dxplan schema | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const t = translator(resolveLocale(langFromArgv(argv), undefined, process.env));
  const version = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  let code: number = EXIT.ok;
  const program = createProgram(t, version, (c) => (code = c));
  /** One localized line naming the mistake, then where the right usage is explained. */
  const usageError = (tr: Translator, message: string, command = commandIn(argv)) => {
    process.stderr.write(`dxplan: ${message}\n${command ? tr('cli.err.seeCommandHelp', { command }) : tr('cli.err.seeHelp')}\n`);
    return EXIT.invalid;
  };
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander asks for help "as an error" when no command is given (bare `dxplan`, or only
      // global options), and for `dxplan help <name>` when no command has that name.
      if (error.code === 'commander.help' && error.exitCode !== 0) {
        const [first, name] = program.args;
        if (first === 'help' && name !== undefined && name !== 'help') return usageError(t, unknownCommandMessage(name, t), undefined);
        // Bare `dxplan` is a request for help, not a mistake: the help on stdout, exit 0 (like `git help`).
        program.outputHelp();
        return EXIT.ok;
      }
      if (usageMessage(error, t) === undefined) return EXIT.ok;
      const tr = await usageTranslator(argv);
      return usageError(tr, usageMessage(error, tr)!);
    }
    if (error instanceof UsageError) {
      // Re-worded in the workspace's language when the workspace names one and --lang does not.
      const tr = await usageTranslator(argv);
      return usageError(tr, error.say(tr), error.command);
    }
    if (error instanceof ExitError) return error.code;
    // A bug, not a user mistake: a short message and where to report it; the stack only with DEBUG.
    process.stderr.write(`dxplan: ${t('cli.err.internal', { message: (error as Error)?.message ?? String(error) })}\n`);
    if (process.env.DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    else process.stderr.write(`${t('cli.err.internal.hint')}\n`);
    return EXIT.failed;
  }
}
