// The bundled examples, checked as CI checks them: their findings are the ones a reviewer would agree with.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseWorkspace, isInvalid, sayReport } from '../../src/app/analyse.js';
import { scoresJson } from '../../src/generate/check-report.js';
import { translator } from '../../src/i18n/index.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

async function checkExample(name: string) {
  const analysis = await analyseWorkspace(example(name), translator('en'), process.cwd());
  if (isInvalid(analysis)) throw new Error(JSON.stringify(analysis.problems));
  expect(analysis.glossaryProblems).toEqual([]);
  return { ...sayReport(analysis, 'en'), scores: scoresJson(analysis.plan, 'en') };
}

const summary = (r: Awaited<ReturnType<typeof checkExample>>) => r.findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.path.join('.')}`);

describe('examples/home-furnishing (deliberately imperfect)', () => {
  it('has no errors; warns about the exempted content module before transaction growth, notes the north star that is not the best scored', async () => {
    const report = await checkExample('home-furnishing');
    expect(summary(report)).toEqual([
      'warning canvas/goal-categories canvases/business-architecture.yaml:goals.3',
      'warning canvas/goal-categories canvases/business-architecture.yaml:goals.4',
      'info architecture/module-exempted canvases/business-architecture.yaml:module_exemptions',
      'info delivery/training-coverage canvases/launch-plan.yaml:training',
      'warning ops/transaction-growth-modules canvases/launch-plan.yaml:operations.stages.2',
      'info north-star/not-best canvases/north-star.yaml:reason',
    ]);
    expect(report.findings.find((f) => f.rule === 'canvas/goal-categories')!.message).toBe('Goal "On-time, on-budget delivery" has no operations function.');
    expect(report.scores.northStar).toMatchObject({ best: 'happy_homes', chosen: 'signed_contracts' });
    // Four facets are tied for weakest (level 1 of 5, gap 2): all four are named, not just the first.
    expect(report.scores.assessment.weakestFacets).toEqual(['data', 'system', 'organisation', 'user_growth_line']);
    // Every system records its choice, so the size advice is silent; the north star is chosen, so is its advice.
    expect(report.recommendations.find((r) => r.id === 'systems/fit-to-size')).toBeUndefined();
    expect(report.recommendations.find((r) => r.id === 'brain/stage_north_star')).toBeUndefined();
  });
});

describe('examples/patient-service', () => {
  it('has no errors; its phase-2 goals lack operations functions', async () => {
    const report = await checkExample('patient-service');
    expect(summary(report)).toEqual([
      'warning canvas/goal-categories canvases/business-architecture.yaml:goals.4',
      'warning canvas/goal-categories canvases/business-architecture.yaml:goals.5',
      'info delivery/training-coverage canvases/launch-plan.yaml:training',
    ]);
    expect(report.scores.northStar).toMatchObject({ best: 'managed_patients_90d', chosen: 'managed_patients_90d' });
    expect(report.scores.coverage).toMatchObject({ goals: 6, complete: 4 });
    // Every system records its choice and why; the advice is to open and integrate them next.
    expect(report.recommendations.find((r) => r.id === 'systems/fit-to-size')).toBeUndefined();
    expect(report.recommendations.find((r) => r.id === 'system/open_integration')).toMatchObject({ facet: 'system' });
    expect(report.recommendations.find((r) => r.id === 'roadmap/next-step')!.text).toMatch(/E-commerce/i);
  });
});
