// `dxplan interview [canvas] [dir]`: the guided interview (use case in src/app/interview.ts).
import type { CommandSpec } from '../command-spec.js';

/** The interview command. */
export const interviewCommand: CommandSpec = {
  name: 'interview',
  summary: 'cmd.interview.summary',
  arguments: [
    { syntax: '[canvas-or-dir]', description: 'cli.arg.canvasOrDir' },
    { syntax: '[dir]', description: 'cli.arg.dir' },
  ],
  options: [{ flags: '--answers <file>', description: 'cli.opt.answers' }],
  examples: [`dxplan interview my-plan`, `dxplan interview north-star my-plan`, `dxplan interview my-plan --answers answers.yaml`],
  async run(args, options) {
    const [{ runInterviewCommand }, { processIo }] = await Promise.all([import('../../app/interview.js'), import('../process-io.js')]);
    return runInterviewCommand(processIo(), args, options);
  },
};
