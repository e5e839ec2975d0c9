// canvases/launch-plan.yaml: delivery and operations inputs (methodology §8, §9).
import { z } from 'zod';
import { ALL_ROADMAP_SUBSTEPS, DELIVERY_DOCS, DELIVERY_STEPS, FOUR_LOOKS, KICKOFF_AUDIENCES, OPS_STAGES, ROADMAP_STAGES } from '../enums.js';
import { Id, IsoDate, OptionalText, Text, Version } from './common.js';

/** Duration and owner of one delivery phase. */
const Phase = z.strictObject({
  weeks: z.number().int().min(1).max(104),
  owner: OptionalText,
});

/** Default phase durations in weeks, used when a phase is not given. */
export const DEFAULT_PHASE_WEEKS: Record<(typeof DELIVERY_STEPS)[number], number> = {
  kickoff: 1,
  requirements: 4,
  development: 12,
  deployment_delivery: 2,
  training: 2,
  early_launch_tuning: 4,
};

/** canvases/launch-plan.yaml */
export const LaunchPlanSchema = z
  .strictObject({
    version: Version,
    start: IsoDate.optional().meta({ description: 'First day of the kickoff phase.' }),
    phases: z.partialRecord(z.enum(DELIVERY_STEPS), Phase).default({}),
    owners: z
      .strictObject({ sponsor: OptionalText, project_lead: OptionalText, business_lead: OptionalText })
      .default({}),
    kickoff_audiences: z.array(z.enum(KICKOFF_AUDIENCES)).default([]),
    documents: z.array(z.enum(DELIVERY_DOCS)).default([]).meta({ description: 'Delivery documents to hand over.' }),
    training: z
      .array(
        z.strictObject({
          department: Text,
          functions: z.array(Id).default([]).meta({ description: 'Ids of the functions this department is trained on.' }),
          rounds: z.number().int().min(1).default(1),
          exam: z.boolean().default(false),
          assignment: z.boolean().default(false),
        }),
      )
      .default([]),
    roadmap: z
      .strictObject({
        stage: z.enum(ROADMAP_STAGES),
        done: z.array(z.enum(ALL_ROADMAP_SUBSTEPS)).default([]),
        planned: z.array(z.enum(ALL_ROADMAP_SUBSTEPS)).default([]),
      })
      .optional(),
    operations: z
      .strictObject({
        stages: z.array(z.enum(OPS_STAGES)).default([]).meta({ description: 'Operations stages planned after launch.' }),
      })
      .default({ stages: [] }),
    four_looks: z
      .partialRecord(z.enum(FOUR_LOOKS), Text)
      .optional()
      .meta({ description: 'How the plan addresses each of the four looks (§12).' }),
  })
  .meta({ title: 'Launch plan', description: 'Start date, phases, owners, training, roadmap stage and operations stages.' });

export type LaunchPlan = z.infer<typeof LaunchPlanSchema>;
