// `dxplan validate [dir]`: schema and reference errors, exit 0 valid, 2 invalid.
import type { CommandSpec } from '../command-spec.js';

/** The validate command. */
export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'cmd.validate.summary',
  arguments: [{ syntax: '[dir]', description: 'cli.arg.dir', default: '.' }],
  options: [{ flags: '--format <format>', description: 'cli.opt.format', choices: ['text', 'json'], default: 'text' }],
  examples: ['dxplan validate examples/home-furnishing', 'dxplan validate . --format json'],
  async run([dir = '.'], options) {
    const [{ runValidateCommand }, { processIo }] = await Promise.all([import('../../app/validate.js'), import('../process-io.js')]);
    return runValidateCommand(processIo(), dir, options);
  },
};
