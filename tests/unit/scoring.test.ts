// Scores: north-star candidates on the four criteria, assessment facets with gaps and weights, canvas coverage.
import { describe, expect, it } from 'vitest';
import { deriveBusiness } from '../../src/domain/model/index.js';
import { scoreAssessment, scoreNorthStar } from '../../src/domain/scoring/index.js';
import { scoresJson } from '../../src/generate/check-report.js';
import { derivePlan } from '../../src/domain/model/index.js';
import { AssessmentModelSchema, AssessmentSchema } from '../../src/domain/schemas/index.js';
import { cleanWorkspace, diamondModel, smallModel } from '../rules/fixture.js';

describe('north-star scores', () => {
  it('sum the four criteria and name the best candidate', () => {
    const s = scoreNorthStar(cleanWorkspace().northStar);
    expect(s.candidates.map((c) => [c.id, c.total, c.weighted, c.max])).toEqual([
      ['visits', 7, 7, 8],
      ['doctors', 6, 6, 8],
    ]);
    expect(s.best).toBe('visits');
    expect(s.chosen).toBe('visits');
    expect(s.candidates[0]!.byCriterion).toEqual({ direct_value: 2, indirect_value: 2, connects_resources: 1, cumulative: 2 });
  });
  it('apply the workspace weights, which can change the best candidate', () => {
    const s = scoreNorthStar(cleanWorkspace().northStar, { connects_resources: 3, cumulative: 0.5 });
    // visits: 2 + 2 + 1*3 + 2*0.5 = 8; doctors: 1 + 2 + 2*3 + 1*0.5 = 9.5; max: 2 + 2 + 6 + 1 = 11
    expect(s.candidates.map((c) => [c.id, c.total, c.weighted, c.max])).toEqual([
      ['visits', 7, 8, 11],
      ['doctors', 6, 9.5, 11],
    ]);
    expect(s.best).toBe('doctors');
  });
  it('break ties by id and leave best unset without candidates', () => {
    const ns = cleanWorkspace().northStar;
    ns.candidates[1]!.scores = { ...ns.candidates[0]!.scores };
    expect(scoreNorthStar(ns).best).toBe('doctors');
    expect(scoreNorthStar({ ...ns, candidates: [] }).best).toBeUndefined();
  });
});

describe('assessment scores', () => {
  it('give current, target and gap per facet, a weighted overall and the weakest facet', () => {
    const ws = cleanWorkspace();
    const s = scoresJson(derivePlan(ws), 'en').assessment;
    expect(s.model).toBe('mini');
    expect(s.facets.map((f) => [f.id, f.name, f.current, f.target, f.gap, f.weight, f.max])).toEqual([
      ['data', 'Data', 1, 3, 2, 1, 5],
      ['system', 'System', 2, 3, 1, 1, 5],
      ['brain', 'Brain', 3, 4, 1, 2, 5],
    ]);
    // brain weighs 2 in the model: (1 + 2 + 2*3) / 4 = 2.25; (3 + 3 + 2*4) / 4 = 3.5
    expect(s.overall).toEqual({ current: 2.25, target: 3.5, max: 5 });
    expect(s.weakest).toBe('data');
    expect(s.weakestFacets).toEqual(['data']);
    expect([s.facets[0]!.currentLevel, s.facets[0]!.targetLevel]).toEqual(['level 1', 'level 3']);
  });
  it('let dxplan.yaml weights override the model, and name facets in the report locale', () => {
    const ws = cleanWorkspace();
    ws.manifest.weights = { assessment: { brain: 1, data: 2 } };
    const s = scoresJson(derivePlan(ws), 'zh-CN').assessment;
    expect(s.facets.map((f) => f.weight)).toEqual([2, 1, 1]);
    expect(s.overall.current).toBe(1.75); // (2*1 + 2 + 3) / 4
    expect(s.facets[0]!.name).toBe('中文：Data');
  });
  it('break a tie for weakest by the larger gap', () => {
    const ws = cleanWorkspace();
    ws.assessment.facets = { data: { current: 2, target: 3 }, system: { current: 2, target: 5 }, brain: { current: 4, target: 4 } };
    expect(scoreAssessment(ws.model, ws.assessment).weakest).toEqual(['system']);
  });
  it('name every facet of a real tie (same level, same gap), in model order', () => {
    const ws = cleanWorkspace();
    ws.assessment.facets = { data: { current: 2, target: 4 }, system: { current: 2, target: 4 }, brain: { current: 4, target: 4 } };
    expect(scoreAssessment(ws.model, ws.assessment).weakest).toEqual(['data', 'system']);
    const json = scoresJson(derivePlan(ws), 'en').assessment;
    expect([json.weakest, json.weakestFacets]).toEqual(['data', ['data', 'system']]);
  });
  it('score a custom model with another scale the same way, normalising each facet', () => {
    const text = (en: string) => ({ en, 'zh-CN': en, 'zh-TW': en });
    const model = AssessmentModelSchema.parse({
      version: 1,
      id: 'samm-lite',
      name: text('SAMM lite'),
      facets: [
        { id: 'governance', name: text('Governance'), levels: [text('none'), text('some'), text('full')] },
        { id: 'design', name: text('Design'), levels: [text('0'), text('1'), text('2'), text('3'), text('4')] },
      ],
    });
    const assessment = AssessmentSchema.parse({ version: 1, facets: { governance: { current: 1, target: 2 }, design: { current: 1, target: 4 } } });
    const s = scoreAssessment(model, assessment);
    // On the model's largest scale (4): governance 1/2 -> 2, design 1/4 -> 1; mean 1.5. Targets: 4 and 4.
    expect(s.overall).toEqual({ current: 1.5, target: 4, max: 4 });
    expect(s.weakest).toEqual(['design']);
  });
  it('leave unscored facets out and cope with none scored', () => {
    const ws = cleanWorkspace();
    const s = scoreAssessment(diamondModel(), AssessmentSchema.parse({ version: 1, facets: { data: { current: 2, target: 4 } } }));
    expect(s.facets.map((f) => f.id)).toEqual(['data']);
    expect(s.overall).toEqual({ current: 2, target: 4, max: 5 });
    const none = scoreAssessment(smallModel(), { ...ws.assessment, facets: {} });
    expect(none).toEqual({ model: 'mini', facets: [], overall: { current: 0, target: 0, max: 5 }, weakest: [] });
  });
});

describe('canvas coverage', () => {
  it('counts goals with business, operations and data functions', () => {
    const ws = cleanWorkspace();
    expect(deriveBusiness(ws.businessArchitecture).coverage).toEqual({ goals: 2, complete: 2, withBusiness: 2, withOperations: 2, withData: 2, share: 1 });
    ws.businessArchitecture.functions.find((f) => f.id === 'funnel')!.goals = ['doctors'];
    ws.businessArchitecture.goals.push({ id: 'later', name: 'Later', phase: 2 });
    expect(deriveBusiness(ws.businessArchitecture).coverage).toEqual({ goals: 3, complete: 1, withBusiness: 2, withOperations: 2, withData: 1, share: 0.33 });
  });
  it('is zero, not NaN, without goals', () => {
    const ws = cleanWorkspace();
    ws.businessArchitecture.goals = [];
    expect(deriveBusiness(ws.businessArchitecture).coverage.share).toBe(0);
  });
});
