// Loads the built-in glossary (canvases/glossary.yaml) that labels every enum value and term.
import { createGlossary, type GlossaryLookup } from '../domain/glossary.js';
import type { Problem } from '../domain/problem.js';
import { GlossarySchema } from '../domain/schemas/canvas-definition.js';
import type { Translator } from '../i18n/index.js';
import { packagePath } from '../paths.js';
import { loadBuiltinFile } from './builtin-file.js';
import { loadFile } from './load-file.js';

/** Path of the glossary shipped in canvases/. */
export const GLOSSARY_PATH = packagePath('canvases', 'glossary.yaml');

/** The glossary lookup, plus the problems of the file; a broken glossary still yields a lookup (of bare ids). */
export async function loadGlossary(t: Translator, abs: string = GLOSSARY_PATH): Promise<{ glossary: GlossaryLookup; problems: Problem[] }> {
  const loaded = abs === GLOSSARY_PATH ? await loadBuiltinFile('canvases/glossary.yaml', abs, GlossarySchema, t) : await loadFile(abs, abs, GlossarySchema, t);
  return { glossary: createGlossary(loaded.value), problems: loaded.problems };
}
