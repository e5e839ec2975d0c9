// canvases/north-star.yaml: one north-star metric chosen on four criteria (methodology §5).
import * as z from 'zod';
import { INPUT_KINDS } from '../enums.js';
import { Id, IsoDate, OptionalText, Score02, Text, Version } from './common.js';

/** A candidate metric scored 0-2 on each criterion (§14.3). */
export const Candidate = z.strictObject({
  id: Id,
  name: Text,
  definition: OptionalText,
  scores: z.strictObject({
    direct_value: Score02.meta({ description: 'Brings direct business value? 0-2' }),
    indirect_value: Score02.meta({ description: 'Brings indirect business value? 0-2' }),
    connects_resources: Score02.meta({ description: 'Connects more effective resources? 0-2' }),
    cumulative: Score02.meta({ description: 'Is cumulative? 0-2' }),
  }),
});

/** An input metric that drives the north star. */
export const InputMetric = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(INPUT_KINDS).optional(),
  drives: Id.meta({ description: 'Id of the candidate metric this input drives (normally the chosen one).' }),
  target: OptionalText,
});

/** canvases/north-star.yaml */
export const NorthStarSchema = z
  .strictObject({
    version: Version,
    candidates: z.array(Candidate).default([]),
    chosen: Id.optional().meta({ description: 'Id of the chosen candidate: exactly one north star.' }),
    reason: OptionalText.meta({ description: 'Why, when the chosen metric is not the best scored.' }),
    inputs: z.array(InputMetric).default([]),
    cold_start: z
      .strictObject({
        user_growth_target: z.number().int().positive().optional().meta({ description: 'Users to reach during cold start.' }),
        by: IsoDate.optional(),
        effective_user: OptionalText.meta({ description: 'Definition of an effective user.' }),
        loyal_user: OptionalText.meta({ description: 'Definition of a loyal user.' }),
        data_dimensions: z.array(Text).default([]).meta({ description: 'Data that shows whether the business works.' }),
      })
      .default({ data_dimensions: [] }),
  })
  .meta({ title: 'North star', description: 'Candidate metrics, the chosen north star, its inputs and cold-start goals.' });

export type NorthStar = z.infer<typeof NorthStarSchema>;
export type CandidateT = z.infer<typeof Candidate>;
