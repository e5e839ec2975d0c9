// Recommendations: the model's advice for facets short of their target, made specific by industry
// and roadmap position, each tied to the facet or rule that raised it (tests/recommendations/ has the rest).
import { describe, expect, it } from 'vitest';
import { check, cleanWorkspace, diamondModel } from '../rules/fixture.js';

const withDiamond = () => {
  const ws = cleanWorkspace();
  ws.model = diamondModel();
  ws.assessment.facets = {
    data: { current: 1, target: 3 },
    system: { current: 1, target: 3 },
    brain: { current: 2, target: 3 },
    organisation: { current: 3, target: 3 },
    user_growth_line: { current: 4, target: 5 },
    cost_efficiency_line: { current: 5, target: 5 },
  };
  return ws;
};

describe('recommendations', () => {
  it('are raised below each advice level, up to the target, in model order', () => {
    const ids = check(withDiamond()).recommendations.map((r) => r.id);
    expect(ids).toEqual([
      'data/harvest',
      'data/accumulate',
      'system/open_integration',
      // brain is at 2 (entry point chosen) and user growth at 4 (journey maps exist): nothing to redo;
      // the north star is chosen, so brain/stage_north_star is silent.
      'roadmap/next-step',
    ]);
  });
  it('are tied to the facet or the rule that raised them', () => {
    const recs = check(withDiamond()).recommendations;
    expect(recs.find((r) => r.id === 'data/harvest')).toMatchObject({ facet: 'data' });
    expect(recs.find((r) => r.id === 'roadmap/next-step')).toMatchObject({ rule: 'roadmap/order' });
  });
  it('give the next roadmap step: the first planned step not done, else the next in order', () => {
    const ws = withDiamond();
    expect(check(ws).recommendations.at(-1)!.text).toMatch(/^Next roadmap step: Merchant store front end/);
    ws.launchPlan.roadmap = { stage: 'bpm', done: ['sales_crm', 'merchant_store_front_back', 'consumer_scrm'], planned: [] };
    expect(check(ws, 'zh-TW').recommendations.at(-1)!.text).toMatch(/^路線圖的下一步：.*BPM/);
    ws.launchPlan.roadmap.done = ['sales_crm', 'merchant_store_front_back', 'consumer_scrm', 'ecommerce_bigdata_base', 'product_factory', 'stakeholder_messaging', 'api_open_platform', 'saas_multitenant', 'paas_secondary_dev'];
    expect(check(ws).recommendations.some((r) => r.id === 'roadmap/next-step')).toBe(false);
  });
  it('come from a custom model as they are, without diamond-specific wording', () => {
    const ws = cleanWorkspace();
    ws.manifest.company_size = 'large';
    expect(check(ws).recommendations.map((r) => [r.id, r.text])).toEqual([
      ['data/harvest', 'Harvest data.'],
      ['system/fit_to_size', 'Fit systems to size.'],
      ['roadmap/next-step', expect.stringMatching(/^Next roadmap step/)],
    ]);
    // The size advice of the method itself stays silent: every system records its choice.
    expect(check(ws).recommendations.some((r) => r.id === 'systems/fit-to-size')).toBe(false);
  });
});
