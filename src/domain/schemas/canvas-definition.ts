// A built-in canvas definition (canvases/*.canvas.yaml): the interview's questions as data.
import * as z from 'zod';
import { Id, Version } from './common.js';
import { Localized } from './localized.js';

/** One interview question: its prompt, the methodology behind it and an example answer. */
export const Question = z.strictObject({
  id: Id,
  prompt: Localized,
  why: Localized.meta({ description: 'The methodology behind the question, shown on demand.' }),
  example: Localized.optional(),
  source: z.string().optional().meta({ description: 'Section of methodology.md the question comes from.' }),
});

/** A canvas definition: title, introduction and questions of one canvas. */
export const CanvasDefinitionSchema = z
  .strictObject({
    version: Version,
    id: Id,
    file: z.string().regex(/^canvases\/[a-z-]+\.yaml$/),
    order: z.number().int().min(1),
    title: Localized,
    intro: Localized,
    questions: z.array(Question).min(1),
  })
  .meta({ title: 'Canvas definition', description: 'Questions, help and examples of one canvas.' });

/** The glossary: every methodology term and enum value in every locale. */
export const GlossarySchema = z
  .strictObject({
    version: Version,
    terms: z.record(z.string(), Localized),
  })
  .meta({ title: 'Glossary', description: 'Methodology terms and enum labels in every locale.' });

export type CanvasDefinition = z.infer<typeof CanvasDefinitionSchema>;
export type QuestionT = z.infer<typeof Question>;
export type Glossary = z.infer<typeof GlossarySchema>;
