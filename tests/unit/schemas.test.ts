// The zod schemas: what a planner may write, and the JSON Schema editors get from them.
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/domain/json-schema.js';
import { BusinessArchitectureSchema, IsoDate, LaunchPlanSchema, ManifestSchema, NorthStarSchema, WORKSPACE_FILES } from '../../src/domain/schemas/index.js';

describe('workspace schemas', () => {
  it('fill in defaults a planner may leave out', () => {
    const m = ManifestSchema.parse({ version: 1, name: 'P', organisation: 'O', industry: 'retail', company_size: 'small', locale: 'en' });
    expect(m.output).toBe('docs');
    expect(m.assessment_model).toBe('diamond');
    const ba = BusinessArchitectureSchema.parse({ version: 1, goals: [{ id: 'g', name: 'G' }] });
    expect(ba.goals[0]!.phase).toBe(1);
    expect(ba.functions).toEqual([]);
  });

  it('reject unknown keys everywhere, so typos never pass silently', () => {
    expect(ManifestSchema.safeParse({ version: 1, name: 'P', organisation: 'O', industry: 'retail', company_size: 'small', locale: 'en', nmae: 'x' }).success).toBe(false);
    expect(NorthStarSchema.safeParse({ version: 1, candidates: [{ id: 'a', name: 'A', scores: { direct_value: 1, indirect_value: 1, connects_resources: 1, cumulative: 1, extra: 1 } }] }).success).toBe(false);
  });

  it('score north-star criteria 0-2 as whole numbers', () => {
    const candidate = (direct_value: number) => ({ version: 1, candidates: [{ id: 'a', name: 'A', scores: { direct_value, indirect_value: 0, connects_resources: 0, cumulative: 0 } }] });
    expect(NorthStarSchema.safeParse(candidate(2)).success).toBe(true);
    expect(NorthStarSchema.safeParse(candidate(3)).success).toBe(false);
    expect(NorthStarSchema.safeParse(candidate(1.5)).success).toBe(false);
  });

  it('accept real dates only', () => {
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2027-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2027-1-4').success).toBe(false);
  });

  it('limit phases to known delivery steps', () => {
    expect(LaunchPlanSchema.safeParse({ version: 1, phases: { kickoff: { weeks: 1 } } }).success).toBe(true);
    expect(LaunchPlanSchema.safeParse({ version: 1, phases: { kickof: { weeks: 1 } } }).success).toBe(false);
  });
});

describe('JSON Schema', () => {
  const schemas = jsonSchemas();
  it('exists for every workspace file, the assessment model and the canvas definitions', () => {
    expect(schemas.map((s) => s.name).sort()).toEqual(
      [...WORKSPACE_FILES.map((f) => (f.key === 'manifest' ? 'dxplan' : f.key)), 'assessment-model', 'canvas-definition', 'glossary'].map((n) => `${n}.schema.json`).sort(),
    );
  });
  it('forbids unknown keys and carries descriptions for editors', () => {
    const manifest = schemas.find((s) => s.name === 'dxplan.schema.json')!.schema as { additionalProperties: boolean; properties: Record<string, { description?: string }>; required: string[] };
    expect(manifest.additionalProperties).toBe(false);
    expect(manifest.properties.company_size!.description).toMatch(/SaaS/);
    // Fields with defaults are optional for the person writing the file.
    expect(manifest.required).not.toContain('output');
    expect(manifest.required).toContain('locale');
  });
  it('is stable (a change to the public format shows up in review)', () => {
    expect(JSON.stringify(schemas, null, 1)).toMatchSnapshot();
  });
});
