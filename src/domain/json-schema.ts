// JSON Schema of every file dxplan reads, generated from the zod schemas (the one source of truth).
import * as z from 'zod';
import { AssessmentModelSchema, CanvasDefinitionSchema, GlossarySchema, WORKSPACE_FILES } from './schemas/index.js';

/** One generated schema: its file name and the JSON Schema document. */
export interface NamedJsonSchema {
  name: string;
  schema: Record<string, unknown>;
}

/** File name of the JSON Schema for a workspace file key (`manifest` is dxplan.yaml). */
export const jsonSchemaName = (key: string): string => `${key === 'manifest' ? 'dxplan' : key}.schema.json`;

/** The highest level of each facet of an assessment model, by facet id (levels run from 0). */
export type ModelLevels = Readonly<Record<string, number>>;

/** The highest level of each facet of `model`: what the schema of assessment.yaml caps scores at. */
export const modelLevels = (model: { facets: readonly { id: string; levels: readonly unknown[] }[] }): ModelLevels =>
  Object.fromEntries(model.facets.map((f) => [f.id, f.levels.length - 1]));

type JsonObject = Record<string, any>;

/**
 * The assessment schema with every facet of the model capped at its highest level, as validate
 * checks it. Facets the model does not name keep the general shape (validate reports them).
 */
function withLevels(schema: JsonObject, levels: ModelLevels): JsonObject {
  const facets = schema.properties?.facets as JsonObject | undefined;
  const score = facets?.additionalProperties as JsonObject | undefined;
  if (!facets || !score?.properties) return schema;
  const capped = (max: number): JsonObject => ({
    ...score,
    properties: { ...score.properties, current: { ...score.properties.current, maximum: max }, target: { ...score.properties.target, maximum: max } },
  });
  const properties = Object.fromEntries(Object.entries(levels).sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, max]) => [id, capped(max)]));
  return { ...schema, properties: { ...schema.properties, facets: { ...facets, properties } } };
}

/**
 * JSON Schemas of the workspace files, the assessment model and the built-in canvas definitions.
 * `levels` (the assessment model's, see modelLevels) caps the facet scores of assessment.yaml.
 */
export function jsonSchemas(levels?: ModelLevels): NamedJsonSchema[] {
  const entries: [string, z.ZodType][] = [
    ...WORKSPACE_FILES.map((f): [string, z.ZodType] => [jsonSchemaName(f.key), f.schema]),
    ['assessment-model.schema.json', AssessmentModelSchema],
    ['canvas-definition.schema.json', CanvasDefinitionSchema],
    ['glossary.schema.json', GlossarySchema],
  ];
  return entries.map(([name, schema]) => {
    // "input" describes what a person may write: fields with defaults are optional.
    const json: JsonObject = { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), $id: name };
    return { name, schema: name === 'assessment.schema.json' && levels ? withLevels(json, levels) : json };
  });
}
