// `dxplan schema [--out dir]`: the JSON Schema of every file, for editors.
import type { CommandSpec } from '../command-spec.js';

/** The schema command. */
export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: 'cmd.schema.summary',
  arguments: [],
  options: [{ flags: '--out <dir>', description: 'cli.opt.schemaOut' }],
  examples: ['dxplan schema --out .dxplan/schema', 'dxplan schema > schemas.json'],
  async run(_args, options) {
    const [{ runSchemaCommand }, { processIo }] = await Promise.all([import('../../app/schema.js'), import('../process-io.js')]);
    return runSchemaCommand(processIo(), options);
  },
};
