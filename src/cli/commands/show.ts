// `dxplan show [canvas] [dir]`: a canvas as a terminal table.
import type { CommandSpec } from '../command-spec.js';

/** The show command. */
export const showCommand: CommandSpec = {
  name: 'show',
  summary: 'cmd.show.summary',
  arguments: [
    { syntax: '[canvas]', description: 'cli.arg.canvas', default: 'business-architecture' },
    { syntax: '[dir]', description: 'cli.arg.dir', default: '.' },
  ],
  options: [],
  examples: ['dxplan show business-architecture examples/home-furnishing', 'dxplan show north-star'],
  async run(args, options) {
    const [{ runShowCommand }, { processIo }] = await Promise.all([import('../../app/show.js'), import('../process-io.js')]);
    return runShowCommand(processIo(), args, options);
  },
};
