// `dxplan diff [base] [head] [dir]`: what a change does to the plan (implementation in src/diff/).
import type { CommandSpec } from '../command-spec.js';

/** The diff command. */
export const diffCommand: CommandSpec = {
  name: 'diff',
  summary: 'cmd.diff.summary',
  arguments: [
    { syntax: '[base]', description: 'diff.arg.base' },
    { syntax: '[head]', description: 'diff.arg.head' },
    { syntax: '[dir]', description: 'diff.arg.dir' },
  ],
  options: [
    { flags: '--format <format>', description: 'diff.opt.format', choices: ['text', 'markdown', 'json'], default: 'text' },
    { flags: '--fail-on <what>', description: 'diff.opt.failOn', choices: ['new-errors'] },
  ],
  examples: ['dxplan diff', 'dxplan diff origin/main HEAD examples/patient-service --format markdown', 'dxplan diff old-plan/ new-plan/ --fail-on new-errors'],
  async run(args, options) {
    const [{ runDiffCommand }, { processIo }] = await Promise.all([import('../../app/diff.js'), import('../process-io.js')]);
    return runDiffCommand(processIo(), args, options);
  },
};
