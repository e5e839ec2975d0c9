// The content of a filled workspace (a bundled example) written as an interview answers file for a
// fresh `dxplan init` workspace in the same language: every starter example removed, then every
// goal, function, role, crossing, candidate, facet and training row given as the interview asks
// for it. scripts/count-prompts.js runs it through the interview to count the prompts a person
// would meet for that content; tests/interview/prompt-count.test.ts checks the run reproduces it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const MODULE_DIMENSIONS = ['business_function', 'operations_node', 'data_dimension', 'monetisation_dimension', 'content_dimension'];
const DELIVERY_STEPS = ['kickoff', 'requirements', 'development', 'deployment_delivery', 'training', 'early_launch_tuning'];

/** Reads a canvas of `dir` as plain data. */
const canvas = (dir, id) => parse(readFileSync(join(dir, 'canvases', `${id}.yaml`), 'utf8')) ?? {};

/** Drops undefined fields, so the answers file only says what the example says. */
const defined = (record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

/** `remove` once per starter item the fresh workspace has in that list (starter examples go first). */
const removals = (list) => (Array.isArray(list) ? list.map(() => 'remove') : []);

/** The answers that turn the fresh workspace `starterDir` into the content of `exampleDir`. */
export function exampleAnswers(exampleDir, starterDir) {
  const manifest = parse(readFileSync(join(exampleDir, 'dxplan.yaml'), 'utf8'));
  return {
    // Asked up front since issue 10 (an older interview does not read these).
    company: { industry: manifest.industry, company_size: manifest.company_size },
    'value-positioning': valuePositioning(canvas(exampleDir, 'value-positioning'), canvas(starterDir, 'value-positioning')),
    'business-architecture': businessArchitecture(canvas(exampleDir, 'business-architecture'), canvas(starterDir, 'business-architecture')),
    'north-star': northStar(canvas(exampleDir, 'north-star'), canvas(starterDir, 'north-star')),
    assessment: assessment(canvas(exampleDir, 'assessment'), canvas(starterDir, 'assessment')),
    'launch-plan': launchPlan(canvas(exampleDir, 'launch-plan'), canvas(starterDir, 'launch-plan')),
  };
}

function valuePositioning(vp, starter) {
  const out = { scope_fit: Object.entries(vp.scope_fit ?? {}).filter(([, v]) => v === true).map(([k]) => k) };
  for (const [party, prefix] of [['demand_side', 'demand'], ['resource_side', 'resource']]) {
    const p = vp.parties[party];
    Object.assign(out, {
      [`${prefix}_persona`]: p.persona,
      [`${prefix}_pain_points`]: p.pain_points,
      [`${prefix}_core_value`]: p.core_value.statement,
      [`${prefix}_value_kind`]: p.core_value.kind,
      [`${prefix}_measure`]: p.core_value.measure,
    });
  }
  const platform = vp.parties.platform_side;
  Object.assign(out, {
    platform_value_dimensions: platform.value_dimensions.map((d) => d.dimension),
    platform_statements: Object.fromEntries(platform.value_dimensions.map((d) => [d.dimension, d.statement])),
    platform_core_value: platform.core_value.statement,
    platform_core_dimension: platform.core_value.dimension,
    platform_measure: platform.core_value.measure,
    key_resources: [...removals(starter.key_resources), ...(vp.key_resources ?? []).map((r) => defined({ name: r.name, id: r.id, type: r.type, description: r.description }))],
    principles: vp.principles ?? [],
  });
  return out;
}

function businessArchitecture(ba, starter) {
  const created = new Set();
  const roles = new Map((ba.roles ?? []).map((r) => [r.id, r]));
  const roleAnswers = (goal, fn) => {
    const cell = (ba.cells ?? []).find((c) => c.goal === goal && c.function === fn);
    return (cell?.roles ?? []).map((entry) => {
      if (created.has(entry.role)) return { role: entry.role, activity: entry.activity };
      created.add(entry.role);
      const r = roles.get(entry.role);
      return defined({ role: 'new', name: r.name, id: r.id, kind: r.kind, responsibility: r.responsibility, activity: entry.activity });
    });
  };
  const goalOrder = (ba.goals ?? []).map((g) => g.id);
  const firstGoal = (f) => goalOrder.find((g) => (f.goals ?? []).includes(g));
  const goals = (ba.goals ?? []).map((g) => ({
    name: g.name,
    id: g.id,
    phase: g.phase,
    functions: (ba.functions ?? [])
      .filter((f) => (f.goals ?? []).includes(g.id))
      .map((f) =>
        firstGoal(f) === g.id
          ? defined({
              name: f.name,
              id: f.id,
              category: f.category,
              module: f.module,
              design_mode: f.design_mode,
              rationale: f.rationale,
              frontline_incentive: f.frontline_incentive === true ? true : undefined,
              roles: roleAnswers(g.id, f.id),
            })
          : { existing: f.id, roles: roleAnswers(g.id, f.id) },
      ),
  }));
  const covered = new Set((ba.functions ?? []).map((f) => f.module));
  const exemptions = Object.fromEntries(MODULE_DIMENSIONS.filter((d) => !covered.has(d) && ba.module_exemptions?.[d]).map((d) => [d, ba.module_exemptions[d]]));
  return defined({ goals: [...removals(starter.goals), ...goals], module_exemptions: Object.keys(exemptions).length > 0 ? exemptions : undefined });
}

function northStar(ns, starter) {
  return defined({
    candidates: [...removals(starter.candidates), ...ns.candidates.map((c) => defined({ name: c.name, id: c.id, definition: c.definition, scores: c.scores }))],
    chosen: ns.chosen,
    reason: ns.reason,
    inputs: [...removals(starter.inputs), ...(ns.inputs ?? []).map((i) => defined({ name: i.name, id: i.id, kind: i.kind, target: i.target }))],
    cold_start: defined({ ...ns.cold_start }),
  });
}

function assessment(as, starter) {
  return defined({
    assessed_on: as.assessed_on,
    facets: Object.fromEntries(Object.entries(as.facets ?? {}).map(([id, f]) => [id, defined({ current: f.current, target: f.target, notes: f.notes })])),
    evidence: [...removals(starter.evidence), ...(as.evidence ?? []).map((e) => defined({ title: e.title, id: e.id, source: e.source, facets: e.facets }))],
  });
}

function launchPlan(lp, starter) {
  return defined({
    start: lp.start,
    phases: Object.fromEntries(DELIVERY_STEPS.map((s) => [s, defined({ weeks: lp.phases?.[s]?.weeks, owner: lp.phases?.[s]?.owner })])),
    owners: lp.owners,
    kickoff_audiences: lp.kickoff_audiences,
    documents: lp.documents,
    training: [...removals(starter.training), ...(lp.training ?? []).map((t) => defined({ department: t.department, functions: t.functions, rounds: t.rounds, exam: t.exam, assignment: t.assignment }))],
    roadmap: lp.roadmap ? defined({ stage: lp.roadmap.stage, done: lp.roadmap.done ?? [], planned: lp.roadmap.planned ?? [] }) : undefined,
    operations: { stages: lp.operations?.stages ?? [] },
    four_looks: lp.four_looks,
  });
}
