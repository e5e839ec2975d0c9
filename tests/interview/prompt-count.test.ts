// The same content in at most half the prompts: a full interview of each bundled example's content
// (scripts/count-prompts.js: a fresh workspace answered with everything the example holds, every
// prompt a person would meet counted) against the count of the interview before, kept in
// scripts/prompt-counts-before.json. The run must rebuild the example's content, or the count
// would be of something else.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface CountModule {
  countExample(example: string): Promise<{ counts: Record<string, number>; total: number; canvases: Record<string, Record<string, unknown>> }>;
  countsBefore(): Record<string, Record<string, number>>;
}

const script = (): Promise<CountModule> => import(pathToFileURL(join(process.cwd(), 'scripts', 'count-prompts.js')).href) as Promise<CountModule>;
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The fields the interview asks, list items compared without their order (an item's place may differ). */
function asked(canvas: string, data: Record<string, unknown>): unknown {
  const pick = (list: unknown, fields: string[]) =>
    (Array.isArray(list) ? list : [])
      .map((item) => Object.fromEntries(fields.filter((f) => (item as Record<string, unknown>)[f] !== undefined).map((f) => [f, normalise((item as Record<string, unknown>)[f])])))
      .map((x) => JSON.stringify(x))
      .sort();
  const normalise = (v: unknown): unknown => (Array.isArray(v) ? [...v].map(normalise).sort() : v);
  switch (canvas) {
    case 'canvases/business-architecture.yaml':
      return {
        goals: pick(data.goals, ['id', 'name', 'phase']),
        roles: pick(data.roles, ['id', 'name', 'kind', 'responsibility']),
        functions: pick(data.functions, ['id', 'name', 'category', 'module', 'goals', 'design_mode', 'rationale', 'frontline_incentive']),
        cells: pick(data.cells, ['goal', 'function', 'roles']),
        module_exemptions: data.module_exemptions,
      };
    case 'canvases/launch-plan.yaml':
      // Tuning, data projects, key modules and delivery risks are not interview questions (before or now).
      return { ...data, tuning: undefined, data_projects: undefined, key_modules: undefined, delivery_risks: undefined, training: pick(data.training, ['department', 'functions', 'rounds', 'exam', 'assignment']) };
    case 'canvases/assessment.yaml':
      return { ...data, evidence: pick(data.evidence, ['id', 'title', 'source', 'facets']) };
    default:
      return data;
  }
}

describe('prompts for the same content', () => {
  for (const example of ['home-furnishing', 'patient-service']) {
    it(`${example}: the business architecture and the whole interview take at most half the prompts of before`, async () => {
      const { countExample, countsBefore } = await script();
      const before = countsBefore()[example]!;
      const { counts, canvases } = await countExample(example);
      expect(counts['business-architecture']!).toBeLessThanOrEqual(before['business-architecture']! / 2);
      expect(sum(counts)).toBeLessThanOrEqual(sum(before) / 2);
      // The count is of the example's content: the run rebuilt it.
      for (const [file, data] of Object.entries(canvases)) {
        if (!file.startsWith('canvases/')) continue;
        const want = parse(await readFile(join('examples', example, file), 'utf8')) as Record<string, unknown>;
        expect(asked(file, data), file).toEqual(asked(file, want));
      }
    });
  }
});
