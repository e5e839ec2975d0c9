// `dxplan build [dir]`: every generated document; --check for CI; --render for pictures.
import type { CommandSpec } from '../command-spec.js';
import { DOCUMENT_FAMILIES, RENDER_FORMATS } from '../../app/vocabulary.js';

/** The build command. */
export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'cmd.build.summary',
  arguments: [{ syntax: '[dir]', description: 'cli.arg.dir', default: '.' }],
  options: [
    { flags: '--out <dir>', description: 'cli.opt.buildOut' },
    { flags: '--only <list>', description: 'cli.opt.only', suggestions: DOCUMENT_FAMILIES },
    { flags: '--check', description: 'cli.opt.check' },
    { flags: '--dry-run', description: 'cli.opt.dryRun' },
    { flags: '--render <formats>', description: 'cli.opt.render', suggestions: RENDER_FORMATS },
    { flags: '--browser <path>', description: 'cli.opt.browser' },
    { flags: '--force', description: 'cli.opt.buildForce' },
  ],
  examples: ['dxplan build examples/patient-service', 'dxplan build . --check', 'dxplan build . --render svg,png,pdf'],
  async run(args, options) {
    const [{ runBuildCommand }, { processIo }] = await Promise.all([import('../../app/build.js'), import('../process-io.js')]);
    return runBuildCommand(processIo(), args[0] ?? '.', options);
  },
};
