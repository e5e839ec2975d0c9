// `dxplan explain [rule|term]`: why a rule or term exists and how to fix it (use case in src/app/explain.ts).
import type { CommandSpec } from '../command-spec.js';

/** The explain command. */
export const explainCommand: CommandSpec = {
  name: 'explain',
  summary: 'cmd.explain.summary',
  arguments: [{ syntax: '[topic]', description: 'cli.arg.topic', completes: 'topic' }],
  options: [{ flags: '--format <format>', description: 'cli.opt.format', choices: ['text', 'json'], default: 'text' }],
  examples: ['dxplan explain', 'dxplan explain value/measurable', 'dxplan explain north_star_metric --lang zh-CN'],
  async run(args, options) {
    const [{ runExplainCommand }, { processIo }] = await Promise.all([import('../../app/explain.js'), import('../process-io.js')]);
    return runExplainCommand(processIo(), args[0], options);
  },
};
