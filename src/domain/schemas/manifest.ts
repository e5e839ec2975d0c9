// dxplan.yaml: the workspace manifest.
import * as z from 'zod';
import { COMPANY_SIZES, INDUSTRIES, LOCALES, SEVERITIES } from '../enums.js';
import { IsoDate, Text, Version } from './common.js';

/** Characters an output folder name may not hold: control characters, C1, bidi controls. */
const OUTPUT_CHARS = /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+$/;

/** Relative, and no `..` part: not absolute, no drive letter, no step up out of the workspace. */
const OUTPUT_INSIDE = /^(?![\\/]|[A-Za-z]:)(?![\s\S]*(?:^|[\\/])\.\.(?:[\\/]|$))/;

/** A rule's configured severity, or `off`. */
export const RuleSetting = z.enum([...SEVERITIES, 'off']);

/** dxplan.yaml: who the plan is for and how dxplan treats it. */
export const ManifestSchema = z
  .strictObject({
    version: Version,
    name: Text.meta({ description: 'Name of the plan or platform.' }),
    organisation: Text.meta({ description: 'The client organisation.' }),
    industry: z.enum(INDUSTRIES).meta({ description: 'Industry; decides the recommended entry point.' }),
    company_size: z.enum(COMPANY_SIZES).meta({ description: 'small, medium or large; decides SaaS versus custom systems.' }),
    locale: z.enum(LOCALES).meta({ description: 'Language of prompts and generated documents.' }),
    dates: z
      .strictObject({
        workshop: IsoDate.optional().meta({ description: 'Day of the planning workshop.' }),
        review: IsoDate.optional().meta({ description: 'Day the plan is next reviewed.' }),
      })
      .optional(),
    output: z
      .string()
      .min(1)
      .regex(OUTPUT_CHARS, { error: 'schema.path', abort: true })
      // Inside the workspace only: a plan from an untrusted pull request must not make CI write
      // elsewhere (`--out` is there for a deliberate other place). A pattern, so editors flag it too.
      .regex(OUTPUT_INSIDE, { error: 'schema.path.outside' })
      .default('docs').meta({ description: 'Folder, relative to the workspace, for generated documents.' }),
    assessment_model: z
      .string()
      .min(1)
      .default('diamond')
      .meta({ description: '"diamond" for the built-in model, or a path (relative to the workspace) to an assessment-model YAML file.' }),
    rules: z
      .record(z.string(), RuleSetting)
      .optional()
      .meta({ description: 'Per-rule severity overrides: rule id to error, warning, info or off.' }),
    weights: z
      .strictObject({
        north_star: z.record(z.string(), z.number().min(0)).optional(),
        assessment: z.record(z.string(), z.number().min(0)).optional(),
      })
      .optional()
      .meta({ description: 'Weights for scores: north-star criteria and assessment facets.' }),
    limits: z
      .strictObject({
        first_phase_goals: z.number().int().positive().optional(),
        first_phase_functions: z.number().int().positive().optional(),
      })
      .optional()
      .meta({ description: 'Thresholds of the "big and complete" warning.' }),
  })
  .meta({ title: 'dxplan workspace manifest', description: 'dxplan.yaml: the workspace manifest.' });

export type Manifest = z.infer<typeof ManifestSchema>;
