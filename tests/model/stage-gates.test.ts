// The operations gates have one definition: with every stage planned and each gate unmet in turn,
// the launch plan's ✔/✖ and `dxplan check`'s findings name exactly the same stages.
import { describe, expect, it } from 'vitest';
import { OPS_STAGES, type OpsStage } from '../../src/domain/enums.js';
import { STAGE_GATES, derivePlan } from '../../src/domain/model/index.js';
import type { Workspace } from '../../src/domain/workspace.js';
import { generateDocuments } from '../../src/generate/generate-documents.js';
import { BusinessArchitectureSchema, LaunchPlanSchema } from '../../src/domain/schemas/index.js';
import { builtinTemplates, loadFixture } from '../generate/load-fixture.js';
import { check, cleanWorkspace, realGlossary } from '../rules/fixture.js';

const glossary = realGlossary();

/** The stages the launch plan marks ✖, read from its Markdown table. */
async function unmetInLaunchPlan(ws: Workspace): Promise<OpsStage[]> {
  const { plan, findings, recommendations } = check(ws);
  const [doc] = generateDocuments(plan, { findings, recommendations }, { locale: 'en', label: (k) => glossary.label(k, 'en'), templates: await builtinTemplates(), only: ['launch-plan'] });
  const text = String(doc!.contents);
  const section = text.slice(text.indexOf('## Operations stages'));
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Stage') && !l.startsWith('| ---')).slice(0, OPS_STAGES.length);
  expect(rows).toHaveLength(OPS_STAGES.length);
  return OPS_STAGES.filter((stage) => {
    const row = rows.find((r) => r.startsWith(`| ${glossary.label(`ops_stage.${stage}`, 'en')} |`))!;
    expect(row, stage).toBeDefined();
    return row.split(' | ').at(-1)!.startsWith('✖');
  });
}

/** The stages `check` reports an unmet gate for. */
function unmetInCheck(ws: Workspace): OpsStage[] {
  const rules = new Set(check(ws).findings.map((f) => f.rule));
  return STAGE_GATES.filter((g) => rules.has(g.rule)).map((g) => g.stage);
}

/** The clean workspace with all five stages planned: every gate met. */
function allStages(): Workspace {
  const ws = cleanWorkspace();
  ws.launchPlan.operations.stages = [...OPS_STAGES];
  return ws;
}

const drop = (ws: Workspace, keep: (f: Workspace['businessArchitecture']['functions'][number]) => boolean) => {
  const gone = new Set(ws.businessArchitecture.functions.filter((f) => !keep(f)).map((f) => f.id));
  ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter(keep);
  ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => !gone.has(c.function));
  ws.launchPlan.training.forEach((t) => (t.functions = t.functions.filter((f) => !gone.has(f))));
};

/** For each gate, a change that leaves exactly that gate's requirement unmet. */
const UNMET: Record<OpsStage, (ws: Workspace) => void> = {
  resource_side_growth: (ws) => ws.businessArchitecture.functions.forEach((f) => delete f.frontline_incentive),
  demand_side_activation: (ws) => {
    drop(ws, (f) => f.id !== 'reminders');
    ws.businessArchitecture.functions.find((f) => f.id === 'rep_incentive')!.module = 'business_function';
  },
  transaction_growth: (ws) => drop(ws, (f) => f.module !== 'content_dimension'),
  roi_optimisation: (ws) => drop(ws, (f) => f.module !== 'data_dimension'),
  ecosystem: (ws) => drop(ws, (f) => f.module !== 'monetisation_dimension'),
};

describe('operations gates: the launch plan and check agree', () => {
  it('with every stage planned and every gate met, neither reports one', async () => {
    const ws = allStages();
    expect(await unmetInLaunchPlan(ws)).toEqual([]);
    expect(unmetInCheck(ws)).toEqual([]);
  });

  it.each(OPS_STAGES)('with the %s gate unmet', async (stage) => {
    const ws = allStages();
    UNMET[stage](ws);
    const fromDocument = await unmetInLaunchPlan(ws);
    expect(fromDocument).toContain(stage);
    expect(unmetInCheck(ws)).toEqual(fromDocument);
  });

  it('a stage that is not planned shows its gate but is not reported', async () => {
    const ws = allStages();
    UNMET.ecosystem(ws);
    ws.launchPlan.operations.stages = ws.launchPlan.operations.stages.filter((s) => s !== 'ecosystem' && s !== 'transaction_growth');
    const shown = await unmetInLaunchPlan(ws);
    expect(shown).toEqual(['transaction_growth', 'ecosystem']);
    expect(unmetInCheck(ws)).toEqual([]);
  });

  it('the case of the issue: patient-service with monetisation and operations-node functions moved to the business dimension', async () => {
    const { ws } = await loadFixture('examples/patient-service');
    const moved = structuredClone(ws);
    for (const f of moved.businessArchitecture.functions) if (f.module === 'monetisation_dimension' || f.module === 'operations_node') f.module = 'business_function';
    moved.launchPlan.operations.stages = [...OPS_STAGES];
    const fromDocument = await unmetInLaunchPlan(moved);
    expect(fromDocument).toEqual(['demand_side_activation', 'transaction_growth', 'ecosystem']);
    expect(unmetInCheck(moved)).toEqual(fromDocument);
  });

  it('every gate names its rule, its basis and its source; the two that are not the method are heuristics', () => {
    expect(STAGE_GATES.map((g) => g.stage)).toEqual([...OPS_STAGES]);
    expect(Object.fromEntries(STAGE_GATES.map((g) => [g.stage, g.basis]))).toEqual({
      resource_side_growth: 'methodology',
      demand_side_activation: 'heuristic',
      transaction_growth: 'methodology',
      roi_optimisation: 'methodology',
      ecosystem: 'heuristic',
    });
    for (const g of STAGE_GATES) expect(g.source).toMatch(/§/);
  });

  it('the launch plan marks the two heuristic gates as dxplan\'s, and no gate of the method', async () => {
    const { plan, findings, recommendations } = check(allStages());
    const [doc] = generateDocuments(plan, { findings, recommendations }, { locale: 'en', label: (k) => glossary.label(k, 'en'), templates: await builtinTemplates(), only: ['launch-plan'] });
    const marked = String(doc!.contents)
      .split('\n')
      .filter((l) => l.includes('(a dxplan heuristic, not a gate of the method)'))
      .map((l) => l.split(' | ')[0]!.slice(2));
    expect(marked).toEqual(['Demand-side activation', 'Ecosystem building']);
  });
});

// Keep the schemas' parse of the fixture honest: the mutated canvases are still valid canvases.
describe('the fixtures of this file', () => {
  it.each(OPS_STAGES)('stay schema-valid with the %s gate unmet', async (stage) => {
    const ws = allStages();
    UNMET[stage](ws);
    expect(() => BusinessArchitectureSchema.parse(ws.businessArchitecture)).not.toThrow();
    expect(() => LaunchPlanSchema.parse(ws.launchPlan)).not.toThrow();
    expect(derivePlan(ws).launch.gates.find((g) => g.stage === stage)!.met).toBe(false);
  });
});
