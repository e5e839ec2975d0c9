// Recommendations are rules over the plan model: each fires on its fixture, stays silent once the
// plan does what it advises, and never contradicts a finding of the same run.
import { describe, expect, it } from 'vitest';
import { RECOMMENDERS } from '../../src/domain/recommendations/index.js';
import type { Workspace } from '../../src/domain/workspace.js';
import { check, diamondModel } from '../rules/fixture.js';
import { REC_CASES, settledWorkspace } from './cases.js';

const ids = (ws: Workspace, locale: Parameters<typeof check>[1] = 'en') => check(ws, locale).recommendations.map((r) => r.id);
const advice = (ws: Workspace, id: string, locale: Parameters<typeof check>[1] = 'en') => check(ws, locale).recommendations.find((r) => r.id === id);

describe('the settled workspace', () => {
  it('needs no advice', () => expect(ids(settledWorkspace())).toEqual([]));
});

describe('every recommender', () => {
  it('has fixtures', () => {
    const covered = (id: string) => Object.keys(REC_CASES).some((c) => c === id || (id === 'assessment-model' && c.includes('/') && !c.startsWith('systems/') && !c.startsWith('roadmap/')));
    expect(RECOMMENDERS.map((r) => r.id).filter((id) => !covered(id))).toEqual([]);
  });
  it('names its basis and source', () => {
    for (const r of RECOMMENDERS) expect([r.id, r.basis, r.source]).toEqual([r.id, expect.stringMatching(/^(methodology|heuristic)$/), expect.stringMatching(/§/)]);
  });
});

describe.each(Object.entries(REC_CASES))('%s', (id, c) => {
  it('fires on its fixture', () => {
    const ws = settledWorkspace();
    c.fires(ws);
    expect(ids(ws)).toContain(id);
  });
  it.each(Object.entries(c.silent))('stays silent when %s', (_name, satisfy) => {
    const ws = settledWorkspace();
    c.fires(ws);
    satisfy(ws);
    expect(ids(ws)).not.toContain(id);
  });
});

describe('every piece of the diamond model\'s advice', () => {
  const model = diamondModel();
  const all = model.facets.flatMap((f) => f.recommendations.map((r) => ({ facet: f.id, r })));
  it.each(all.map(({ facet, r }) => [`${facet}/${r.id}`, facet, r.below] as const))('%s fires just below its level and is silent at it', (id, facetId, below) => {
    const ws = settledWorkspace();
    delete ws.northStar.chosen;
    ws.launchPlan.roadmap = { stage: 'bpm', done: [], planned: ['ecommerce_bigdata_base'] };
    ws.businessArchitecture.functions.find((f) => f.id === 'reminders')!.goals = ['doctors'];
    ws.businessArchitecture.cells.find((c) => c.function === 'reminders')!.goal = 'doctors';
    ws.assessment.facets[facetId] = { current: below - 1, target: below };
    expect(ids(ws)).toContain(id);
    ws.assessment.facets[facetId] = { current: below, target: below + 1 > 5 ? below : below + 1 };
    expect(ids(ws)).not.toContain(id);
  });
});

describe('the advice the issue found wrong', () => {
  it('does not ask for a north star the plan has chosen and scored', () => {
    const ws = settledWorkspace();
    ws.assessment.facets.brain = { current: 1, target: 4 };
    expect(ids(ws)).toEqual(['brain/industry_entry', 'brain/expert_support']);
  });
  it('does not send a plan with a complete canvas back to the canvas', () => {
    const ws = settledWorkspace();
    ws.assessment.facets.cost_efficiency_line = { current: 1, target: 3 };
    expect(ids(ws)).toEqual(['cost_efficiency_line/standardise']);
  });
  it('proposes a BPM step first when the planned PaaS step skips BPM, in every locale', () => {
    const ws = settledWorkspace();
    REC_CASES['roadmap/next-step']!.fires(ws);
    expect(check(ws).findings.map((f) => f.rule)).toContain('roadmap/order');
    expect(advice(ws, 'roadmap/next-step')).toMatchObject({ step: 'ecommerce_bigdata_base', text: expect.stringMatching(/^Next roadmap step: E-commerce and big-data base \(BPM.*\), before the planned "API open platform"/) });
    expect(advice(ws, 'roadmap/next-step', 'zh-CN')!.text).toMatch(/^路线图的下一步：.*先于已规划的“/);
    expect(advice(ws, 'roadmap/next-step', 'zh-TW')!.text).toMatch(/^路線圖的下一步：.*先於已規劃的「/);
  });
  it('advises by company size whatever the system level, naming the systems without a recorded choice', () => {
    const ws = settledWorkspace();
    REC_CASES['systems/fit-to-size']!.fires(ws);
    const rec = advice(ws, 'systems/fit-to-size')!;
    expect(rec).toMatchObject({ facet: 'system', systems: ['coupons'] });
    expect(rec.text).toMatch(/^Choose by size: as a large company, go for high-end custom systems/);
    expect(rec.text).toContain('Record for Coupon tool (coupons) whether each is standard SaaS or custom');
    expect(advice(ws, 'systems/fit-to-size', 'zh-CN')!.text).toMatch(/大企业.*定制.*Coupon tool（coupons）/);
    ws.manifest.company_size = 'small';
    expect(advice(ws, 'systems/fit-to-size')!.text).toMatch(/small company, start with standard SaaS/);
  });
  it('advises by size when the plan lists no systems at all', () => {
    const ws = settledWorkspace();
    delete ws.businessArchitecture.systems;
    const rec = advice(ws, 'systems/fit-to-size')!;
    expect(rec.text).toMatch(/^Choose by size: as a small company/);
    expect(rec.systems).toBeUndefined();
  });
  it('checks a recorded choice against the size: SaaS for a large company needs a reason', () => {
    const ws = settledWorkspace();
    ws.manifest.company_size = 'large';
    ws.businessArchitecture.systems![1]!.choice = { type: 'standard_saas', reasons: [] };
    const found = check(ws).findings.filter((f) => f.rule === 'systems/choice-fits-size');
    // Members and CRM record a reason (budget); the coupon tool records none.
    expect(found.map((f) => [f.path.join('.'), f.message])).toEqual([['systems.1.choice', expect.stringMatching(/^Coupon tool \(coupons\) is standard SaaS, but a large company goes for custom systems/)]]);
  });
  it('names the industry of the manifest in the entry-point advice, also where the method names none', () => {
    const ws = settledWorkspace();
    ws.assessment.facets.brain = { current: 1, target: 2 };
    const text = (industry: Workspace['manifest']['industry'], locale: Parameters<typeof check>[1] = 'en') => {
      ws.manifest.industry = industry;
      return advice(ws, 'brain/industry_entry', locale)!.text;
    };
    expect(text('medical')).toMatch(/^Entry point for medical: start with business digitalisation/);
    expect(text('retail')).toMatch(/^Entry point for retail: start with private-domain operations/);
    expect(text('insurance')).toMatch(/^Entry point for insurance: .*service-heavy/);
    for (const industry of ['manufacturing', 'education', 'services', 'other'] as const) {
      expect(text(industry)).toMatch(new RegExp(`^Entry point for ${industry === 'services' ? 'services' : industry}: the methodology names entry points only for medical, retail, health and independent brands`));
      expect(text(industry)).not.toMatch(/medical through business digitalisation/);
    }
    expect(text('manufacturing', 'zh-CN')).toMatch(/^制造业?行业的切入点：方法论只为/);
  });
});
