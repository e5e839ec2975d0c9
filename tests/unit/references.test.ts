// Cross-references: every id used is defined, once; a typo gets the closest id.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/shared/did-you-mean.js';
import { checkReferences } from '../../src/domain/references.js';
import { AssessmentModelSchema } from '../../src/domain/schemas/index.js';
import { BusinessArchitectureSchema, NorthStarSchema, type AssessmentModel } from '../../src/domain/schemas/index.js';
import type { Workspace } from '../../src/domain/workspace.js';
import { sayMessages, speaker } from '../../src/i18n/text.js';

const say = (findings: ReturnType<typeof checkReferences>) => sayMessages(findings, speaker('en'));
const model = AssessmentModelSchema.parse(parse(await readFile(fileURLToPath(new URL('../../canvases/diamond.model.yaml', import.meta.url)), 'utf8'))) as AssessmentModel;

/** A small valid workspace; each test breaks one reference. */
function workspace(): Workspace {
  return {
    manifest: { version: 1, name: 'P', organisation: 'O', industry: 'services', company_size: 'small', locale: 'en', output: 'docs', assessment_model: 'diamond' },
    valuePositioning: {
      version: 1,
      parties: {
        demand_side: { persona: 'a', pain_points: [], core_value: { statement: 's', kind: 'direct_benefit', measure: 'm' } },
        resource_side: { persona: 'b', pain_points: [], core_value: { statement: 's', kind: 'direct_customer_acquisition', measure: 'm' } },
        platform_side: { value_dimensions: [], core_value: { statement: 's', dimension: 'internal_efficiency', measure: 'm' } },
      },
      key_resources: [],
      principles: [],
    },
    businessArchitecture: BusinessArchitectureSchema.parse({
      version: 1,
      goals: [{ id: 'experts', name: 'Experts' }],
      roles: [{ id: 'expert', name: 'Expert' }],
      functions: [{ id: 'onboarding', name: 'Onboarding', category: 'business', module: 'business_function', goals: ['experts'] }],
      cells: [{ goal: 'experts', function: 'onboarding', roles: [{ role: 'expert', activity: 'joins' }] }],
    }),
    northStar: NorthStarSchema.parse({
      version: 1,
      candidates: [{ id: 'hours', name: 'Hours', scores: { direct_value: 2, indirect_value: 1, connects_resources: 1, cumulative: 1 } }],
      chosen: 'hours',
      inputs: [{ id: 'active', name: 'Active', drives: 'hours' }],
    }),
    assessment: { version: 1, facets: { data: { current: 1, target: 3 } }, evidence: [{ id: 'e', title: 'E', facets: ['data'] }] },
    launchPlan: { version: 1, phases: {}, owners: {}, kickoff_audiences: [], documents: [], training: [{ department: 'Sales', functions: ['onboarding'], rounds: 1, exam: false, assignment: false }], operations: { stages: [] } },
    model,
    modelFile: 'diamond',
  };
}

describe('checkReferences', () => {
  it('accepts a consistent workspace', () => expect(say(checkReferences(workspace()))).toEqual([]));

  it('names the id, where it is used, and the closest existing id', () => {
    const ws = workspace();
    ws.businessArchitecture.cells[0]!.function = 'onbording';
    const [p] = say(checkReferences(ws));
    expect(p).toMatchObject({ rule: 'ref/unknown-id', file: 'canvases/business-architecture.yaml', path: ['cells', 0, 'function'] });
    expect(p!.message).toBe('no function has the id "onbording"');
    expect(p!.hint).toBe('did you mean "onboarding" (defined in canvases/business-architecture.yaml)?');
  });

  it('reports duplicate ids at the second occurrence', () => {
    const ws = workspace();
    ws.businessArchitecture.roles.push({ id: 'expert', name: 'Another', kind: 'external' });
    const [p] = say(checkReferences(ws));
    expect(p).toMatchObject({ rule: 'ref/duplicate-id', path: ['roles', 1, 'id'] });
  });

  it('checks input metrics, evidence facets, facet levels and training functions', () => {
    const ws = workspace();
    ws.northStar.inputs[0]!.drives = 'revenue';
    ws.assessment.evidence[0]!.facets = ['brains'];
    ws.assessment.facets.data!.target = 9;
    ws.launchPlan.training[0]!.functions = ['nope'];
    expect(say(checkReferences(ws)).map((p) => `${p.rule} ${p.path.join('.')}`)).toEqual([
      'ref/unknown-id inputs.0.drives',
      'schema/range facets.data.target',
      'ref/unknown-id evidence.0.facets.0',
      'ref/unknown-id training.0.functions.0',
    ]);
  });

  it('checks key pages, systems, tuning tickets and data projects (the optional lists of §14.4)', () => {
    const ws = workspace();
    ws.businessArchitecture.key_pages = [
      { id: 'signup', name: 'Sign-up', function: 'onbording', options: [{ name: 'One step' }, { name: 'Two steps' }], recommended: 'One stp' },
      { id: 'signup', name: 'Sign-up again', function: 'onboarding', options: [], recommended: 'Anything' },
    ];
    ws.businessArchitecture.systems = [
      { id: 'members', name: 'Members', kind: 'member', integrates_with: [] },
      { id: 'coupons', name: 'Coupons', kind: 'marketing', integrates_with: ['member'] },
      { id: 'coupons', name: 'Coupons 2', kind: 'marketing', integrates_with: [] },
    ];
    ws.launchPlan.tuning = { tickets: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B', type: 'change' }] };
    ws.launchPlan.data_projects = [
      { id: 'kpi', name: 'KPI', dimensions: [], definitions: {}, special_cases: [], finance_linked: false },
      { id: 'kpi', name: 'KPI 2', dimensions: [], definitions: {}, special_cases: [], finance_linked: false },
    ];
    const problems = say(checkReferences(ws));
    expect(problems.map((p) => `${p.rule} ${p.file} ${p.path.join('.')}`)).toEqual([
      'ref/duplicate-id canvases/business-architecture.yaml key_pages.1.id',
      'ref/unknown-id canvases/business-architecture.yaml key_pages.0.function',
      'ref/unknown-id canvases/business-architecture.yaml key_pages.0.recommended',
      'ref/unknown-id canvases/business-architecture.yaml key_pages.1.recommended',
      'ref/duplicate-id canvases/business-architecture.yaml systems.2.id',
      'ref/unknown-id canvases/business-architecture.yaml systems.1.integrates_with.0',
      'ref/duplicate-id canvases/launch-plan.yaml tuning.tickets.1.id',
      'ref/duplicate-id canvases/launch-plan.yaml data_projects.1.id',
    ]);
    expect(problems[1]!.hint).toBe('did you mean "onboarding" (defined in canvases/business-architecture.yaml)?');
    expect(problems[2]!.message).toBe('the recommended option "One stp" is not one of the options of key page "signup"');
    expect(problems[2]!.hint).toMatch(/did you mean "One step"\?/);
    expect(problems[3]!.hint).toBe("recommended names one of the page's options: -");
    expect(problems[5]!.hint).toBe('did you mean "members" (defined in canvases/business-architecture.yaml)?');
  });

  it('accepts a workspace that has none of the optional lists', () => {
    const ws = workspace();
    expect(ws.businessArchitecture.key_pages).toBeUndefined();
    expect(ws.launchPlan.data_projects).toBeUndefined();
    expect(say(checkReferences(ws))).toEqual([]);
  });

  it('uses the facets of a custom assessment model', () => {
    const ws = workspace();
    ws.model = { ...model, id: 'dcmm', facets: [{ ...model.facets[0]!, id: 'governance' }] };
    ws.modelFile = 'models/dcmm.yaml';
    const problems = say(checkReferences(ws));
    expect(problems[0]!.hint).toContain('models/dcmm.yaml');
  });
});

describe('closest', () => {
  it('suggests plausible typos only', () => {
    expect(closest('bussiness', ['business', 'operations'])).toBe('business');
    expect(closest('zh-cn', ['en', 'zh-CN', 'zh-TW'])).toBe('zh-CN');
    expect(closest('gigantic', ['small', 'medium', 'large'])).toBeUndefined();
  });
});
