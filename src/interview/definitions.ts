// The questions of a canvas, read from its built-in definition (canvases/<id>.canvas.yaml) and
// given in the user's language: the prompt, the methodology behind it and an example.
import type { CanvasId } from '../domain/canvas-ids.js';
import type { Locale } from '../domain/enums.js';
import type { Problem } from '../domain/problem.js';
import { CanvasDefinitionSchema, type CanvasDefinition } from '../domain/schemas/canvas-definition.js';
import type { Translator } from '../i18n/index.js';
import { packagePath } from '../paths.js';
import { loadBuiltinFile } from '../store/builtin-file.js';
import type { Help } from './prompter.js';

/** One question in one language. */
export interface LocalQuestion {
  message: string;
  help: Help;
}

/** The questions of one canvas, by id, in one language. */
export interface QuestionBook {
  title: string;
  intro: string;
  /** The question `id`; a flow asking for an id the definition lacks is a bug, so it throws. */
  q(id: string): LocalQuestion;
}

/** A book over a parsed definition. */
export function questionBook(def: CanvasDefinition, locale: Locale): QuestionBook {
  const byId = new Map(def.questions.map((q) => [q.id, q]));
  return {
    title: def.title[locale],
    intro: def.intro[locale],
    q(id) {
      const q = byId.get(id);
      if (!q) throw new Error(`canvases/${def.id}.canvas.yaml has no question "${id}"`);
      return { message: q.prompt[locale], help: { why: q.why[locale], ...(q.example ? { example: q.example[locale] } : {}) } };
    },
  };
}

/** Path of the built-in definition of a canvas. */
export const definitionPath = (id: CanvasId): string => packagePath('canvases', `${id}.canvas.yaml`);

/** Loads the built-in definition of `id`, or the problems that make it unusable. */
export async function loadDefinition(id: CanvasId, t: Translator): Promise<{ def?: CanvasDefinition; problems: Problem[] }> {
  const loaded = await loadBuiltinFile(`canvases/${id}.canvas.yaml`, definitionPath(id), CanvasDefinitionSchema, t);
  return { def: loaded.value, problems: loaded.problems };
}
