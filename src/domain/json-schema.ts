// JSON Schema of every file dxplan reads, generated from the zod schemas (the one source of truth).
import { z } from 'zod';
import { AssessmentModelSchema, CanvasDefinitionSchema, GlossarySchema, WORKSPACE_FILES } from './schemas/index.js';

/** One generated schema: its file name and the JSON Schema document. */
export interface NamedJsonSchema {
  name: string;
  schema: Record<string, unknown>;
}

/** File name of the JSON Schema for a workspace file key (`manifest` is dxplan.yaml). */
export const jsonSchemaName = (key: string): string => `${key === 'manifest' ? 'dxplan' : key}.schema.json`;

/** JSON Schemas of the workspace files, the assessment model and the built-in canvas definitions. */
export function jsonSchemas(): NamedJsonSchema[] {
  const entries: [string, z.ZodType][] = [
    ...WORKSPACE_FILES.map((f): [string, z.ZodType] => [jsonSchemaName(f.key), f.schema]),
    ['assessment-model.schema.json', AssessmentModelSchema],
    ['canvas-definition.schema.json', CanvasDefinitionSchema],
    ['glossary.schema.json', GlossarySchema],
  ];
  return entries.map(([name, schema]) => ({
    name,
    // "input" describes what a person may write: fields with defaults are optional.
    schema: { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), $id: name },
  }));
}
