// The levels of the built-in assessment model, for the JSON Schemas dxplan writes and prints.
import { modelLevels, type ModelLevels } from '../domain/json-schema.js';
import { AssessmentModelSchema } from '../domain/schemas/index.js';
import { translator } from '../i18n/index.js';
import { loadBuiltinFile } from './builtin-file.js';

/** The highest level of each facet of the built-in diamond model; undefined if it cannot be read. */
export async function builtinModelLevels(): Promise<ModelLevels | undefined> {
  const loaded = await loadBuiltinFile('canvases/diamond.model.yaml', 'diamond', AssessmentModelSchema, translator('en'));
  return loaded.value ? modelLevels(loaded.value) : undefined;
}
