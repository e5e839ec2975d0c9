// canvases/value-positioning.yaml: value for each of the three parties (methodology §2).
import * as z from 'zod';
import { PLATFORM_VALUE_DIMENSIONS, PRINCIPLES, RESOURCE_TYPES, VALUE_KINDS } from '../enums.js';
import { Id, OptionalText, Text, Version } from './common.js';

/** One measurable core value point. */
const CoreValue = z.strictObject({
  statement: Text.meta({ description: 'The value in one sentence, as the party would say it.' }),
  kind: z.enum(VALUE_KINDS).meta({ description: 'Kind of value.' }),
  measure: Text.meta({ description: 'How the value is measured: the number that shows it is delivered.' }),
});

/** The demand or resource side. */
const ExternalParty = z.strictObject({
  persona: Text.meta({ description: 'Who this party is.' }),
  pain_points: z.array(Text).default([]).meta({ description: 'What hurts today.' }),
  core_value: CoreValue,
});

/** The platform side: its own value dimensions and one core value. */
const PlatformParty = z.strictObject({
  value_dimensions: z
    .array(
      z.strictObject({
        dimension: z.enum(PLATFORM_VALUE_DIMENSIONS),
        statement: Text,
      }),
    )
    .default([])
    .meta({ description: 'Internal efficiency, commercial profit efficiency, ecosystem expansion.' }),
  core_value: z.strictObject({
    statement: Text,
    dimension: z.enum(PLATFORM_VALUE_DIMENSIONS),
    measure: Text,
  }),
});

/** A resource the business already holds, used as launch leverage (S0). */
export const KeyResource = z.strictObject({
  id: Id,
  name: Text,
  type: z.enum(RESOURCE_TYPES),
  description: OptionalText,
});

/** canvases/value-positioning.yaml */
export const ValuePositioningSchema = z
  .strictObject({
    version: Version,
    scope_fit: z
      .strictObject({ stable_business: z.boolean(), existing_resources: z.boolean() })
      .optional()
      .meta({ description: 'Whether the methodology applies: a stable business with resources of its own (S1).' }),
    parties: z.strictObject({
      demand_side: ExternalParty,
      resource_side: ExternalParty,
      platform_side: PlatformParty,
    }),
    key_resources: z.array(KeyResource).default([]),
    principles: z.array(z.enum(PRINCIPLES)).default([]).meta({ description: 'The four big principles the team has agreed to.' }),
  })
  .meta({ title: 'Value positioning', description: 'Value for the demand side, the resource side and the platform itself.' });

export type ValuePositioning = z.infer<typeof ValuePositioningSchema>;
