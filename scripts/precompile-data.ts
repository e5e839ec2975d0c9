// Build step (run by scripts/build.js, bundled by esbuild): loads every built-in data file through
// the same pipeline and schemas as a user's file and writes the checked data to <dir>/<name>.json,
// which the bundle reads instead of parsing YAML and building the schemas at start-up.
//   node precompile-data.mjs <dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { AssessmentModelSchema } from '../src/domain/schemas/assessment-model.js';
import { CanvasDefinitionSchema, GlossarySchema } from '../src/domain/schemas/canvas-definition.js';
import { translator } from '../src/i18n/index.js';
import { packagePath } from '../src/paths.js';
import { BUILTIN_FILES, precompiledPath, type BuiltinFile } from '../src/store/builtin-file.js';
import { loadFile } from '../src/store/load-file.js';

/** The schema each built-in file is checked against. */
const schemaOf = (file: BuiltinFile): z.ZodType =>
  file === 'canvases/diamond.model.yaml' ? AssessmentModelSchema : file === 'canvases/glossary.yaml' ? GlossarySchema : CanvasDefinitionSchema;

const dir = process.argv[2];
if (!dir) throw new Error('usage: precompile-data.mjs <output dir>');
mkdirSync(dir, { recursive: true });
const t = translator('en');
let failed = false;
for (const file of BUILTIN_FILES) {
  const loaded = await loadFile(packagePath(file), file, schemaOf(file), t);
  if (loaded.value === undefined || loaded.problems.length > 0) {
    for (const p of loaded.problems) process.stderr.write(`${file}:${p.line}:${p.col} ${p.rule} ${p.message}\n`);
    failed = true;
    continue;
  }
  const json = JSON.stringify(loaded.value);
  // JSON must carry the data whole (no undefined, NaN or Infinity lost on the way).
  if (!isDeepStrictEqual(JSON.parse(json), loaded.value)) {
    process.stderr.write(`${file}: its checked data does not survive JSON\n`);
    failed = true;
    continue;
  }
  writeFileSync(precompiledPath(file, dir), `${json}\n`);
}
process.exitCode = failed ? 1 : 0;
