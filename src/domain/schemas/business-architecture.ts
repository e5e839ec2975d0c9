// canvases/business-architecture.yaml: the goal x function x role canvas (methodology §3, §4), with
// the key pages to validate (§10), the systems the platform integrates (§7), and where the plan
// stands on the six capability areas and the four architecture dimensions (§7).
import * as z from 'zod';
import {
  ALL_AREA_REQUIREMENTS,
  ARCHITECTURE_DIMENSIONS,
  CAPABILITY_AREAS,
  DESIGN_MODES,
  FUNCTION_CATEGORIES,
  MODULE_DIMENSIONS,
  ROLE_KINDS,
  SCOPE_STATUSES,
  SYSTEM_CHOICE_REASONS,
  SYSTEM_CHOICES,
  SYSTEM_KINDS,
} from '../enums.js';
import { Id, OptionalText, Text, Version } from './common.js';

/** A key operating goal: a column of the canvas. */
export const Goal = z.strictObject({
  id: Id,
  name: Text,
  description: OptionalText,
  phase: z.number().int().min(1).default(1).meta({ description: 'Delivery phase the goal belongs to (1 = first launch).' }),
});

/** A role that acts on the platform. */
export const Role = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(ROLE_KINDS).default('external'),
  responsibility: OptionalText.meta({ description: 'What the role is accountable for on the platform.' }),
});

/** A function: a row of the canvas and a module of the product architecture. */
export const PlatformFunction = z.strictObject({
  id: Id,
  name: Text,
  description: OptionalText,
  category: z.enum(FUNCTION_CATEGORIES),
  module: z.enum(MODULE_DIMENSIONS).meta({ description: 'Product-architecture module dimension.' }),
  goals: z.array(Id).default([]).meta({ description: 'Ids of the goals this function serves.' }),
  design_mode: z.enum(DESIGN_MODES).optional(),
  rationale: OptionalText.meta({ description: 'Why this design mode (required for configurable modules).' }),
  frontline_incentive: z.boolean().optional().meta({ description: 'True when this function rewards frontline staff.' }),
});

/** A crossing of the canvas: which roles do what for one function and one goal. */
export const Cell = z.strictObject({
  goal: Id,
  function: Id,
  roles: z
    .array(z.strictObject({ role: Id, activity: Text }))
    .default([])
    .meta({ description: 'Roles acting here and what each does.' }),
});

/** One design option of a key page, argued in user, business and platform value (§10). */
export const PageOption = z.strictObject({
  name: Text,
  user_value: OptionalText,
  business_value: OptionalText,
  platform_value: OptionalText,
  competitor: OptionalText.meta({ description: 'How a competitor does it, when that helps the client choose.' }),
});

/** A key page shown to the client as two or three A/B options (§10 validation tactics). */
export const KeyPage = z.strictObject({
  id: Id,
  name: Text,
  function: Id.meta({ description: 'Id of the function this page belongs to.' }),
  options: z.array(PageOption).default([]),
  recommended: OptionalText.meta({ description: 'Name of the option we recommend: clients are often afraid to choose.' }),
});

/** An information system the platform has or plans, and what it exchanges data with (§7). */
export const System = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(SYSTEM_KINDS),
  integrates_with: z.array(Id).default([]).meta({ description: 'Ids of the systems it exchanges data with (either side may list it).' }),
  choice: z
    .strictObject({
      type: z.enum(SYSTEM_CHOICES).meta({ description: 'standard_saas (bought as a standard product) or custom (built or customised for the company).' }),
      reasons: z.array(z.enum(SYSTEM_CHOICE_REASONS)).default([]).meta({ description: 'Why: privacy, integration (with existing systems and public platforms), custom_needs, budget.' }),
      note: OptionalText.meta({ description: 'The reasoning in a sentence, for reviewers.' }),
    })
    .optional()
    .meta({ description: 'How the system is sourced and why, checked against the company size.' }),
});

/** Where the plan stands on one capability area or architecture dimension, and what serves it. */
const ScopeEntry = {
  status: z.enum(SCOPE_STATUSES).meta({ description: 'in_place (runs today), planned (this plan builds it), later (a later plan), out_of_scope (say why in note).' }),
  functions: z.array(Id).default([]).meta({ description: 'Ids of the functions that serve it.' }),
  systems: z.array(Id).default([]).meta({ description: 'Ids of the systems that serve it.' }),
  note: OptionalText.meta({ description: 'Where it stands in a sentence, or why it is out of scope.' }),
};

/** One of the six capability areas (§7), with the minimum requirements the plan covers. */
export const CapabilityAreaEntry = z.strictObject({
  ...ScopeEntry,
  requirements: z
    .array(z.enum(ALL_AREA_REQUIREMENTS))
    .default([])
    .meta({ description: "The area's minimum requirements the plan covers (each area has its own; see the methodology guide)." }),
});

/** One of the four architecture dimensions (§7). */
export const ArchitectureDimensionEntry = z.strictObject(ScopeEntry);

/** canvases/business-architecture.yaml */
export const BusinessArchitectureSchema = z
  .strictObject({
    version: Version,
    goals: z.array(Goal).default([]),
    roles: z.array(Role).default([]),
    functions: z.array(PlatformFunction).default([]),
    cells: z.array(Cell).default([]),
    key_pages: z.array(KeyPage).optional().meta({ description: 'Key pages validated with two or three options each.' }),
    systems: z.array(System).optional().meta({ description: 'Member, marketing, CRM and other systems, and their integrations.' }),
    module_exemptions: z
      .partialRecord(z.enum(MODULE_DIMENSIONS), Text)
      .optional()
      .meta({ description: 'Module dimensions deliberately left out, each with the reason.' }),
    capability_areas: z
      .partialRecord(z.enum(CAPABILITY_AREAS), CapabilityAreaEntry)
      .optional()
      .meta({ description: 'Where the plan stands on the six capability areas (member, sales, service, marketing, resource, business digitalisation) and what serves each.' }),
    architecture_dimensions: z
      .partialRecord(z.enum(ARCHITECTURE_DIMENSIONS), ArchitectureDimensionEntry)
      .optional()
      .meta({ description: 'Where the plan stands on the four architecture dimensions: strategy, organisation, operations system, digital tools.' }),
  })
  .meta({ title: 'Business architecture', description: 'The goal x function x role canvas.' });

export type BusinessArchitecture = z.infer<typeof BusinessArchitectureSchema>;
export type GoalT = z.infer<typeof Goal>;
export type RoleT = z.infer<typeof Role>;
export type FunctionT = z.infer<typeof PlatformFunction>;
export type CellT = z.infer<typeof Cell>;
export type KeyPageT = z.infer<typeof KeyPage>;
export type SystemT = z.infer<typeof System>;
export type CapabilityAreaEntryT = z.infer<typeof CapabilityAreaEntry>;
export type ArchitectureDimensionEntryT = z.infer<typeof ArchitectureDimensionEntry>;
