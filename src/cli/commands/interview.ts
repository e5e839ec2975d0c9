// `dxplan interview [canvas] [dir]`: the guided interview (implementation in src/interview/).
import type { CommandSpec } from '../command-spec.js';
import { CANVAS_IDS } from '../../domain/canvas-ids.js';

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
    const { runInterviewCommand } = await import('../../interview/run-interview-command.js');
    return runInterviewCommand(args, options, CANVAS_IDS);
  },
};
