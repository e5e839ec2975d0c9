// The bundled examples, checked as CI checks them: their findings are the ones a reviewer would agree with.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locateProblems } from '../../src/store/load-file.js';
import { loadGlossary } from '../../src/store/load-glossary.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { runChecks } from '../../src/domain/rules/index.js';
import { translator } from '../../src/i18n/index.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

async function checkExample(name: string) {
  const t = translator('en');
  const result = await loadWorkspace(example(name), t);
  expect(result.problems).toEqual([]);
  const { glossary, problems } = await loadGlossary(t);
  expect(problems).toEqual([]);
  const report = runChecks(result.workspace!, t, 'en', { glossary });
  for (const f of report.findings) locateProblems([f], result.sources.get(f.file)!);
  return report;
}

const summary = (r: Awaited<ReturnType<typeof checkExample>>) => r.findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.path.join('.')}`);

describe('examples/home-furnishing (deliberately imperfect)', () => {
  it('has no errors; warns about the exempted content module before transaction growth, notes the north star that is not the best scored', async () => {
    const report = await checkExample('home-furnishing');
    expect(summary(report)).toEqual([
      'warning canvas/goal-categories canvases/business-architecture.yaml:goals.3',
      'warning canvas/goal-categories canvases/business-architecture.yaml:goals.4',
      'info architecture/module-exempted canvases/business-architecture.yaml:module_exemptions',
      'info north-star/not-best canvases/north-star.yaml:reason',
      'info delivery/training-coverage canvases/launch-plan.yaml:training',
      'warning ops/transaction-growth-modules canvases/launch-plan.yaml:operations.stages.2',
    ]);
    expect(report.findings.find((f) => f.rule === 'canvas/goal-categories')!.message).toBe('Goal "On-time, on-budget delivery" has no operations function.');
    expect(report.scores.northStar).toMatchObject({ best: 'happy_homes', chosen: 'signed_contracts' });
    expect(report.scores.assessment.weakest).toBe('data');
    expect(report.recommendations.find((r) => r.id === 'system/fit_to_size')!.text).toMatch(/medium-sized company/);
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
    // Systems already fit a large company (level 2): the advice is to open and integrate them next.
    expect(report.recommendations.find((r) => r.id === 'system/fit_to_size')).toBeUndefined();
    expect(report.recommendations.find((r) => r.id === 'system/open_integration')).toMatchObject({ facet: 'system' });
    expect(report.recommendations.find((r) => r.id === 'roadmap/next-step')!.text).toMatch(/E-commerce/i);
  });
});
