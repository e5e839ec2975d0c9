// `dxplan show [canvas] [dir]`: a canvas as a terminal table; a folder alone shows its feature table.
import type { CommandSpec } from '../command-spec.js';

/** The show command. */
export const showCommand: CommandSpec = {
  name: 'show',
  summary: 'cmd.show.summary',
  arguments: [
    { syntax: '[canvas-or-dir]', description: 'cli.arg.canvasOrDirShow' },
    { syntax: '[dir]', description: 'cli.arg.dir' },
  ],
  options: [],
  examples: ['dxplan show examples/home-furnishing', 'dxplan show north-star examples/home-furnishing', 'dxplan show north-star'],
  async run(args, options) {
    const [{ runShowCommand }, { processIo }] = await Promise.all([import('../../app/show.js'), import('../process-io.js')]);
    return runShowCommand(processIo(), args, options);
  },
};
