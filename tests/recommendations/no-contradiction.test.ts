// No recommendation proposes what a finding of the same run warns against, over every example,
// golden case and test fixture. The contradictions are defined here, independently of the advice
// code, from what each finding means.
import { describe, expect, it } from 'vitest';
import { checkPlan, type CheckResult } from '../../src/domain/check.js';
import { derivePlan, type PlanModel } from '../../src/domain/model/index.js';
import type { Workspace } from '../../src/domain/workspace.js';
import { loadFixture } from '../generate/load-fixture.js';
import { CASES } from '../rules/cases.js';
import { cleanWorkspace } from '../rules/fixture.js';
import { REC_CASES, settledWorkspace } from './cases.js';

/** Every pair of advice and finding that says opposite things, in words. */
function contradictions(plan: PlanModel, { findings, recommendations }: CheckResult): string[] {
  const out: string[] = [];
  const ba = plan.ws.businessArchitecture;
  for (const rec of recommendations) {
    for (const f of findings) {
      const key = 'key' in f.message ? f.message.key : undefined;
      // Advising a roadmap step that the order rule says skips a stage, or that is already done.
      if (rec.step !== undefined && f.rule === 'roadmap/order' && key === 'check.roadmap.skips' && plan.ws.launchPlan.roadmap?.planned[f.path[2] as number] === rec.step) {
        out.push(`${rec.id} advises ${rec.step}, which ${f.rule} says skips a stage`);
      }
      // Advising to raise a facet whose target the assessment says is below today's level.
      if (rec.facet !== undefined && f.rule === 'assessment/target-below-current' && f.path[1] === rec.facet) out.push(`${rec.id} raises ${rec.facet}, whose target is below its level`);
      // Asking to record a system's choice that a finding says is already recorded (and questions).
      if (rec.systems && f.rule === 'systems/choice-fits-size' && rec.systems.includes(ba.systems?.[f.path[1] as number]?.id ?? '')) out.push(`${rec.id} asks for a choice ${f.rule} already judges`);
    }
    if (rec.step !== undefined && plan.ws.launchPlan.roadmap?.done.includes(rec.step as never)) out.push(`${rec.id} advises ${rec.step}, which is done`);
    if (rec.id === 'brain/stage_north_star' && plan.state.chosen.northStar) out.push(`${rec.id} asks for a north star the plan has chosen`);
  }
  return out;
}

/** Every workspace the tests know: mutations of the clean and settled fixtures, for rules and advice. */
function fixtures(): [string, Workspace][] {
  const out: [string, Workspace][] = [['clean', cleanWorkspace()], ['settled', settledWorkspace()]];
  for (const [id, c] of Object.entries(CASES)) {
    const ws = cleanWorkspace();
    c.trigger(ws);
    out.push([`rule ${id}`, ws]);
    for (const [name, pass] of Object.entries(c.pass ?? {})) {
      const near = cleanWorkspace();
      pass(near);
      out.push([`rule ${id}, ${name}`, near]);
    }
  }
  for (const [id, c] of Object.entries(REC_CASES)) {
    const ws = settledWorkspace();
    c.fires(ws);
    out.push([`advice ${id}`, structuredClone(ws)]);
    for (const [name, satisfy] of Object.entries(c.silent)) {
      const quiet = structuredClone(ws);
      satisfy(quiet);
      out.push([`advice ${id}, ${name}`, quiet]);
    }
  }
  return out;
}

const WORKSPACES = ['examples/home-furnishing', 'examples/patient-service', 'tests/golden/cases/hostile/input', 'tests/golden/cases/zh-tw-small/input', 'tests/fixtures/dcmm-workspace'];

describe('no recommendation contradicts a finding of the same run', () => {
  it.each(WORKSPACES)('%s', async (dir) => {
    const { plan } = await loadFixture(dir);
    expect(contradictions(plan, checkPlan(plan))).toEqual([]);
  });

  it.each(fixtures())('%s', (_name, ws) => {
    const plan = derivePlan(ws);
    expect(contradictions(plan, checkPlan(plan))).toEqual([]);
  });

  it('the definition catches the contradiction the issue found (a PaaS step advised while BPM is skipped)', () => {
    const ws = settledWorkspace();
    REC_CASES['roadmap/next-step']!.fires(ws);
    const plan = derivePlan(ws);
    const result = checkPlan(plan);
    // The advice as the old code gave it: the first planned step.
    const old = { ...result, recommendations: [{ id: 'roadmap/next-step', guide: 'recommendations-roadmap', rule: 'roadmap/order', step: 'api_open_platform', text: { key: 'check.rec.nextStep' as const } }] };
    expect(contradictions(plan, old)).toEqual(['roadmap/next-step advises api_open_platform, which roadmap/order says skips a stage']);
    expect(contradictions(plan, result)).toEqual([]);
  });
});
