// canvases/launch-plan.yaml: delivery and operations inputs (methodology §8, §9, §11).
import * as z from 'zod';
import {
  ACCURACY,
  ALL_ROADMAP_SUBSTEPS,
  DATA_LEVELS,
  DELIVERY_DOCS,
  DELIVERY_RISK_KINDS,
  DELIVERY_STEPS,
  FOUR_LOOKS,
  KICKOFF_AUDIENCES,
  OPS_STAGES,
  REQUIREMENT_TYPES,
  RISK_REVIEWS,
  RISK_STATUSES,
  ROADMAP_STAGES,
  TUNING_TYPES,
} from '../enums.js';
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

/**
 * A data project (§11): what the checks need to settle before it is built. Everything but the id and
 * name may be left out, so `data/project-complete` can say what is still missing.
 */
export const DataProject = z.strictObject({
  id: Id,
  name: Text,
  scenario: OptionalText.meta({ description: 'Usage scenario: who looks at it, when, to decide what.' }),
  dimensions: z.array(Text).default([]).meta({ description: 'Display dimensions (by region, by month, by product ...).' }),
  definitions: z
    .record(z.string().trim().min(1, { error: 'schema.empty' }).max(200), Text)
    .default({})
    .meta({ description: 'Data definitions: each figure or term, and exactly how it is counted.' }),
  special_cases: z.array(Text).default([]).meta({ description: 'Special cases and how they are counted (refunds, transfers, test data ...).' }),
  accuracy: z.enum(ACCURACY).optional().meta({ description: 'relative is enough for trends; finance-linked figures need absolute.' }),
  finance_linked: z.boolean().default(false).meta({ description: 'True when the figures feed finance: premiums, sales performance, KPI assessment.' }),
  level: z.enum(DATA_LEVELS).optional().meta({ description: 'Level of the data system: visualise, analyse or monetise.' }),
});

/** An early-launch tuning ticket, classified to keep delivery risk under control (§9 step 6). */
export const TuningTicket = z.strictObject({
  id: Id,
  title: Text,
  type: z.enum(TUNING_TYPES).optional().meta({ description: 'change (a requirement change) or optimisation.' }),
});

/** A key module's requirement type and who confirms its requirements (§9 step 2). */
export const KeyModule = z.strictObject({
  function: Id.meta({ description: 'Id of the function (module) whose requirements are confirmed.' }),
  requirement_type: z
    .enum(REQUIREMENT_TYPES)
    .meta({ description: 'business_flow_heavy (flowcharts and rules, with the business) or experience_oriented (user interviews and personas).' }),
  confirmed_by: OptionalText.meta({
    description: 'Who confirms the requirements; unset means the method\'s owner: owners.business_lead for business-flow-heavy, owners.project_lead for experience-oriented.',
  }),
});

/** A delivery risk tracked at the plan sync (§9 step 3). */
export const DeliveryRisk = z.strictObject({
  id: Id,
  kind: z.enum(DELIVERY_RISK_KINDS).meta({ description: 'requirement_change, staffing, institutional_blocker or other.' }),
  description: Text.meta({ description: 'The risk in a sentence.' }),
  owner: OptionalText.meta({ description: 'Who resolves it.' }),
  mitigation: OptionalText.meta({ description: 'What is done about it.' }),
  status: z.enum(RISK_STATUSES).default('open'),
});

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
    tuning: z
      .strictObject({
        cap_per_phase: z.number().int().min(0).optional().meta({ description: 'Most tuning tickets accepted during early launch.' }),
        tickets: z.array(TuningTicket).default([]),
      })
      .optional()
      .meta({ description: 'Early-launch tuning: a cap, and every ticket classified.' }),
    data_projects: z
      .array(DataProject)
      .optional()
      .meta({ description: 'Data projects (dashboards, reports, analyses) and what each must settle.' }),
    four_looks: z
      .partialRecord(z.enum(FOUR_LOOKS), Text)
      .optional()
      .meta({ description: 'How the plan addresses each of the four looks.' }),
    key_modules: z
      .array(KeyModule)
      .optional()
      .meta({ description: 'Requirement type of the key modules, each confirmed with its own owner.' }),
    delivery_risks: z
      .strictObject({
        review: z.enum(RISK_REVIEWS).default('weekly').meta({ description: 'How often the plan sync reviews the register (weekly unless said otherwise).' }),
        register: z.array(DeliveryRisk).default([]),
      })
      .optional()
      .meta({ description: 'The delivery risk register: requirement changes, staffing, institutional blockers.' }),
  })
  .meta({ title: 'Launch plan', description: 'Start date, phases, owners, training, tuning, roadmap stage, operations stages and data projects.' });

export type LaunchPlan = z.infer<typeof LaunchPlanSchema>;
export type DataProjectT = z.infer<typeof DataProject>;
export type TuningTicketT = z.infer<typeof TuningTicket>;
export type KeyModuleT = z.infer<typeof KeyModule>;
export type DeliveryRiskT = z.infer<typeof DeliveryRisk>;
