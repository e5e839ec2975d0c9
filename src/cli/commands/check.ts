// `dxplan check [dir]`: methodology checks and scores (implementation in src/domain/rules/).
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
    const { runCheckCommand } = await import('../run-check.js');
    return runCheckCommand(args, options);
  },
};
