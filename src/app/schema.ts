// `dxplan schema [--out dir]`: the JSON Schema of every file, for editors.
import { join, resolve } from 'node:path';
import { appContext, type GlobalOptions, type Io } from './context.js';
import { EXIT } from './exit-codes.js';

/** Prints every schema as one JSON object, or writes one `.schema.json` per file into `out`. */
export async function runSchemaCommand(io: Io, options: GlobalOptions & { out?: unknown }): Promise<number> {
  const ctx = appContext(io, options);
  const { jsonSchemas } = await import('../domain/json-schema.js');
  const { builtinModelLevels } = await import('../store/model-levels.js');
  const schemas = jsonSchemas(await builtinModelLevels());
  const out = typeof options.out === 'string' ? options.out : undefined;
  if (!out) {
    ctx.stdout.write(`${JSON.stringify(Object.fromEntries(schemas.map((s) => [s.name, s.schema])), null, 2)}\n`);
    return EXIT.ok;
  }
  const { writeFileAtomic } = await import('../store/write-atomic.js');
  const { reportFsErrors } = await import('./fs-errors.js');
  for (const s of schemas) {
    const path = join(resolve(ctx.cwd, out), s.name);
    await reportFsErrors(ctx, out, () => writeFileAtomic(path, `${JSON.stringify(s.schema, null, 2)}\n`));
  }
  if (!ctx.quiet) ctx.stdout.write(`${ctx.t('schema.written', { count: schemas.length, dir: out })}\n`);
  return EXIT.ok;
}
