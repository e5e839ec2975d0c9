// The data files shipped in canvases/ (the diamond model, the glossary, the canvas questions):
// read from the JSON that `npm run build` precompiled into dist/data/ when running the bundle,
// else parsed and checked from the YAML like any other file.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { CANVAS_IDS } from '../domain/canvas-ids.js';
import type { Translator } from '../i18n/index.js';
import { packagePath } from '../paths.js';
import { loadFile, type LoadedFile } from './load-file.js';

/** Set to true by esbuild in dist/ (scripts/build.js); undefined when running from src/. */
declare const __DXPLAN_BUNDLE__: true | undefined;

/** The built-in data files, relative to the package root. */
export const BUILTIN_FILES = ['canvases/diamond.model.yaml', 'canvases/glossary.yaml', ...CANVAS_IDS.map((id) => `canvases/${id}.canvas.yaml`)] as const;

/** A built-in data file. */
export type BuiltinFile = (typeof BUILTIN_FILES)[number];

/** Where the build writes the checked data of `file` (dist/data/<name>.json). */
export const precompiledPath = (file: BuiltinFile, dir = packagePath('dist', 'data')): string => `${dir}/${file.slice('canvases/'.length).replace(/\.yaml$/, '.json')}`;

/**
 * Loads a built-in data file (shown in messages as `label`): the build's JSON of it (already
 * checked by `schema` at build time), or, run from src/ or with the JSON missing, the YAML.
 */
export async function loadBuiltinFile<S extends z.ZodType>(file: BuiltinFile, label: string, schema: S, t: Translator): Promise<LoadedFile<z.infer<S>>> {
  if (typeof __DXPLAN_BUNDLE__ !== 'undefined') {
    try {
      return { value: JSON.parse(await readFile(precompiledPath(file), 'utf8')) as z.infer<S>, problems: [] };
    } catch {
      // A tarball without dist/data/ still works: read the YAML.
    }
  }
  return loadFile(packagePath(file), label, schema, t);
}
