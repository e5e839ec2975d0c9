// `dxplan schema [--out dir]`: the JSON Schema of every file, for editors.
import { join } from 'node:path';
import type { CommandSpec } from '../command-spec.js';
import { createContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** The schema command. */
export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: 'cmd.schema.summary',
  arguments: [],
  options: [{ flags: '--out <dir>', description: 'cli.opt.schemaOut' }],
  examples: ['dxplan schema --out .dxplan/schema', 'dxplan schema > schemas.json'],
  async run(_args, options) {
    const ctx = createContext(options);
    const { jsonSchemas } = await import('../../domain/json-schema.js');
    const { builtinModelLevels } = await import('../../store/model-levels.js');
    const schemas = jsonSchemas(await builtinModelLevels());
    const out = options.out as string | undefined;
    if (!out) {
      ctx.stdout.write(`${JSON.stringify(Object.fromEntries(schemas.map((s) => [s.name, s.schema])), null, 2)}\n`);
      return EXIT.ok;
    }
    const { writeFileAtomic } = await import('../../store/write-atomic.js');
    const { reportFsErrors } = await import('../fs-errors.js');
    for (const s of schemas) {
      const path = join(out, s.name);
      await reportFsErrors(ctx, out, () => writeFileAtomic(path, `${JSON.stringify(s.schema, null, 2)}\n`));
    }
    if (!ctx.quiet) ctx.stdout.write(`${ctx.t('schema.written', { count: schemas.length, dir: out })}\n`);
    return EXIT.ok;
  },
};
