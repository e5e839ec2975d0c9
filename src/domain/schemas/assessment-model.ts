// An assessment model: the built-in diamond (canvases/diamond.model.yaml) or a workspace's own.
import * as z from 'zod';
import { PLAN_CONDITIONS } from '../enums.js';
import { Id, Version } from './common.js';
import { Localized } from './localized.js';

/** One facet of a model with a description of every level. */
export const ModelFacet = z.strictObject({
  id: Id,
  name: Localized,
  group: Id.optional().meta({ description: 'Optional grouping, e.g. "capability" or "line" in the diamond.' }),
  weight: z.number().min(0).default(1),
  summary: Localized.optional(),
  levels: z.array(Localized).min(2).meta({ description: 'Description of each level, from the lowest (index 0) up.' }),
  recommendations: z
    .array(
      z.strictObject({
        id: Id,
        below: z.number().int().min(1),
        text: Localized,
        unless: z.enum(PLAN_CONDITIONS).optional().meta({ description: 'Stay silent when the plan already does what the advice says (north_star_chosen, canvas_complete, roadmap_in_order).' }),
      }),
    )
    .default([])
    .meta({ description: 'Advice; `below` is the level it leads to: raised while the current level is below it and the target reaches it.' }),
});

/** An assessment model: facets, each with leveled rubric text in every locale. */
export const AssessmentModelSchema = z
  .strictObject({
    version: Version,
    id: Id,
    name: Localized,
    description: Localized.optional(),
    facets: z.array(ModelFacet).min(1),
  })
  .meta({ title: 'Assessment model', description: 'Facets and leveled rubric of a maturity assessment.' });

export type AssessmentModel = z.infer<typeof AssessmentModelSchema>;
export type ModelFacetT = z.infer<typeof ModelFacet>;
