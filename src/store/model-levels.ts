// The levels of the built-in assessment model, for the JSON Schemas dxplan writes and prints.
import { modelLevels, type ModelLevels } from '../domain/json-schema.js';
import { AssessmentModelSchema } from '../domain/schemas/index.js';
import { translator } from '../i18n/index.js';
import { loadFile } from './load-file.js';
import { BUILTIN_MODEL_PATH } from './load-workspace.js';

/** The highest level of each facet of the built-in diamond model; undefined if it cannot be read. */
export async function builtinModelLevels(): Promise<ModelLevels | undefined> {
  const loaded = await loadFile(BUILTIN_MODEL_PATH, 'diamond', AssessmentModelSchema, translator('en'));
  return loaded.value ? modelLevels(loaded.value) : undefined;
}
