// `dxplan check [dir]`: methodology checks and scores (use case in src/app/check.ts).
import type { CommandSpec } from '../command-spec.js';

/** The check command. */
export const checkCommand: CommandSpec = {
  name: 'check',
  summary: 'cmd.check.summary',
  arguments: [{ syntax: '[dir]', description: 'cli.arg.dir', default: '.' }],
  options: [
    { flags: '--format <format>', description: 'cli.opt.format', choices: ['text', 'json'], default: 'text' },
    { flags: '--strict', description: 'cli.opt.strict' },
  ],
  examples: ['dxplan check examples/patient-service', 'dxplan check . --strict --format json'],
  async run(args, options) {
    const [{ runCheckCommand }, { processIo }] = await Promise.all([import('../../app/check.js'), import('../process-io.js')]);
    return runCheckCommand(processIo(), args[0] ?? '.', options);
  },
};
