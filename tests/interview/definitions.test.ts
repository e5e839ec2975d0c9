// Every question a flow asks must exist in the built-in canvas definition, in every locale; a flow
// asking for a missing id would stop an interview half-way with an internal error.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CANVAS_IDS } from '../../src/domain/canvas-ids.js';
import { NORTH_STAR_CRITERIA } from '../../src/domain/enums.js';
import { translator } from '../../src/i18n/index.js';
import { loadDefinition } from '../../src/interview/definitions.js';

/** Question ids built from templates in the flows (the scan below finds the literal ones). */
const BUILT: Record<string, string[]> = {
  'value-positioning': ['demand', 'resource'].flatMap((p) => ['persona', 'pain_points', 'core_value', 'value_kind', 'measure'].map((q) => `${p}_${q}`)),
  'north-star': NORTH_STAR_CRITERIA.map((c) => `score_${c}`),
  'launch-plan': ['sponsor', 'project_lead', 'business_lead', 'training_exam', 'training_assignment'],
};

/** Literal question ids in a flow's source: question(ctx, 'x'), id: 'x' (not a step's: `id: 'x', title`), nameQuestion: 'x', askAll(ctx, 'x'. */
async function literalIds(canvas: string): Promise<string[]> {
  const source = await readFile(new URL(`../../src/interview/flows/${canvas}.ts`, import.meta.url), 'utf8');
  const ids = new Set<string>();
  for (const m of source.matchAll(/(?:question\(ctx, |\bid: |nameQuestion: |idQuestion: |askAll\(ctx, )'([a-z_]+)'(?!,\s*title)/g)) ids.add(m[1]!);
  return [...ids];
}

describe('canvas definitions', () => {
  for (const canvas of CANVAS_IDS) {
    it(`has every question the ${canvas} flow asks`, async () => {
      const { def, problems } = await loadDefinition(canvas, translator('en'));
      expect(problems).toEqual([]);
      const known = new Set(def!.questions.map((q) => q.id));
      const asked = [...(await literalIds(canvas)), ...(BUILT[canvas] ?? [])];
      expect(asked.length).toBeGreaterThan(3);
      expect(asked.filter((id) => !known.has(id))).toEqual([]);
    });
  }
});
