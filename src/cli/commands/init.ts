// `dxplan init [dir]`: a complete, commented starter workspace in the chosen language.
import type { CommandSpec } from '../command-spec.js';

/** The init command. */
export const initCommand: CommandSpec = {
  name: 'init',
  summary: 'cmd.init.summary',
  arguments: [{ syntax: '[dir]', description: 'cli.arg.dir', default: '.' }],
  options: [
    { flags: '--name <name>', description: 'cli.opt.name' },
    { flags: '--org <organisation>', description: 'cli.opt.org' },
    { flags: '--force', description: 'cli.opt.force' },
  ],
  examples: ['dxplan init my-plan --lang zh-CN --name "患者服务平台"', 'dxplan init . --force'],
  async run([dir = '.'], options) {
    const [{ runInitCommand }, { processIo }] = await Promise.all([import('../../app/init.js'), import('../process-io.js')]);
    return runInitCommand(processIo(), dir, options);
  },
};
