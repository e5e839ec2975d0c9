// canvases/assessment.yaml: current and target maturity per facet of the assessment model (§6).
import * as z from 'zod';
import { Id, IsoDate, OptionalText, Text, Version } from './common.js';

/** One facet's score. Levels are checked against the model's range after loading. */
export const FacetScore = z.strictObject({
  current: z.number().int().min(0),
  target: z.number().int().min(0),
  notes: OptionalText,
});

/** A piece of evidence behind one or more facet scores. */
export const Evidence = z.strictObject({
  id: Id,
  title: Text,
  source: OptionalText,
  facets: z.array(Id).min(1),
});

/** canvases/assessment.yaml */
export const AssessmentSchema = z
  .strictObject({
    version: Version,
    assessed_on: IsoDate.optional(),
    facets: z.record(Id, FacetScore).default({}).meta({ description: 'Facet id to current and target level.' }),
    evidence: z.array(Evidence).default([]),
  })
  .meta({ title: 'Assessment', description: 'Maturity scores against the assessment model (the diamond by default).' });

export type Assessment = z.infer<typeof AssessmentSchema>;
