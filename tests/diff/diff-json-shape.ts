// The JSON shape of `dxplan diff --format json`, as docs/diff.md documents it, written as a strict
// zod schema: an undocumented field, a missing one or a wrong type fails the tests.
import { z } from 'zod';

const change = <T extends z.ZodType>(t: T) => z.strictObject({ before: t, after: t });
const severity = z.enum(['error', 'warning', 'info']);
const finding = z.strictObject({
  severity,
  rule: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  file: z.string(),
  shown: z.string(),
  line: z.number().int().positive(),
  col: z.number().int().positive(),
  subject: z.string(),
});
const side = z.strictObject({
  label: z.string(),
  kind: z.enum(['revision', 'worktree', 'folder']),
  status: z.enum(['valid', 'invalid', 'future-version']),
  problems: z.array(finding),
  futureVersions: z.array(z.strictObject({ file: z.string(), version: z.number(), supported: z.number() })),
  documentsError: z.string().optional(),
});
const canvas = z.enum(['manifest', 'value-positioning', 'business-architecture', 'north-star', 'assessment', 'launch-plan']);
const metric = z.strictObject({ id: z.string(), name: z.string(), score: z.number(), max: z.number() }).nullable();
const counts = z.strictObject({ errors: z.number(), warnings: z.number(), infos: z.number() });

/** The whole document. */
export const DiffJson = z.strictObject({
  format: z.literal('dxplan-diff'),
  version: z.literal(1),
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  base: side,
  head: side,
  canvases: z.array(
    z.strictObject({
      canvas,
      items: z.array(
        z.strictObject({
          change: z.enum(['added', 'removed', 'changed']),
          collection: z.string(),
          id: z.string(),
          name: z.string().optional(),
          renamed: change(z.string()).optional(),
          fields: z.array(z.strictObject({ path: z.string(), before: z.unknown(), after: z.unknown() })),
        }),
      ),
    }),
  ),
  uncompared: z.array(canvas),
  scores: z
    .strictObject({
      northStar: z.strictObject({ chosen: change(metric), best: change(metric) }),
      assessment: z.strictObject({
        model: change(z.string()),
        modelName: change(z.string()),
        facets: z.array(z.strictObject({ id: z.string(), name: z.string(), current: change(z.number().nullable()), target: change(z.number().nullable()) })),
        overall: z.strictObject({ current: change(z.number()), target: change(z.number()), max: change(z.number()) }),
      }),
      coverage: z.strictObject({
        goals: change(z.number()),
        complete: change(z.number()),
        share: change(z.number()),
        withBusiness: change(z.number()),
        withOperations: change(z.number()),
        withData: change(z.number()),
      }),
    })
    .optional(),
  findings: z.strictObject({ added: z.array(finding), resolved: z.array(finding), unchanged: z.number(), before: counts, after: counts }).optional(),
  documents: z
    .strictObject({
      added: z.array(z.string()),
      removed: z.array(z.string()),
      changed: z.array(z.strictObject({ path: z.string(), linesAdded: z.number(), linesRemoved: z.number() })),
      unchanged: z.number(),
    })
    .optional(),
  summary: z.strictObject({
    complete: z.boolean(),
    itemsAdded: z.number(),
    itemsRemoved: z.number(),
    itemsChanged: z.number(),
    findingsAdded: z.number(),
    findingsResolved: z.number(),
    newErrors: z.number(),
    documentsChanged: z.number(),
  }),
});

/** A parsed diff document. */
export type DiffJsonT = z.infer<typeof DiffJson>;
