// Cross-reference checks: every id used is defined once, and every reference names a defined id.
import { closest } from '../shared/did-you-mean.js';
import { AREA_REQUIREMENTS, CAPABILITY_AREAS } from './enums.js';
import { msg, type Text } from './message.js';
import type { Finding, NodePath } from './problem.js';
import type { Workspace } from './workspace.js';

const BA = 'canvases/business-architecture.yaml';
const NS = 'canvases/north-star.yaml';
const AS = 'canvases/assessment.yaml';
const LP = 'canvases/launch-plan.yaml';
const VP = 'canvases/value-positioning.yaml';

/** Collects reference problems against the ids a workspace defines. */
class ReferenceChecker {
  readonly problems: Finding[] = [];

  /** Reports ids defined more than once in one list. */
  unique(file: string, listPath: NodePath, items: readonly { id: string }[], what: Text): Set<string> {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) {
        seen.set(item.id, index);
        return;
      }
      this.problems.push({
        severity: 'error',
        rule: 'ref/duplicate-id',
        file,
        path: [...listPath, index, 'id'],
        message: msg('ref.duplicate', { id: item.id, what, first: first + 1 }),
        hint: msg('ref.duplicate.hint'),
      });
    });
    return new Set(seen.keys());
  }

  /** Reports a reference to an id that is not in `known`, suggesting the closest one. */
  exists(file: string, path: NodePath, id: string, known: Set<string>, what: Text, definedIn: string): void {
    if (known.has(id)) return;
    const suggestion = closest(id, known);
    this.problems.push({
      severity: 'error',
      rule: 'ref/unknown-id',
      file,
      path,
      message: msg('ref.unknown', { id, what }),
      hint: suggestion
        ? msg('ref.unknown.hint.suggest', { suggestion, file: definedIn })
        : msg('ref.unknown.hint', { what, file: definedIn, known: [...known].sort().join(', ') || '-' }),
    });
  }
}

/** Checks every cross-reference of a schema-valid workspace; returns the broken ones. */
export function checkReferences(ws: Workspace): Finding[] {
  const c = new ReferenceChecker();
  const ba = ws.businessArchitecture;
  const goals = c.unique(BA, ['goals'], ba.goals, msg('term.goal'));
  const roles = c.unique(BA, ['roles'], ba.roles, msg('term.role'));
  const functions = c.unique(BA, ['functions'], ba.functions, msg('term.function'));
  c.unique(VP, ['key_resources'], ws.valuePositioning.key_resources, msg('term.key_resource'));

  ba.functions.forEach((fn, i) =>
    fn.goals.forEach((g, j) => c.exists(BA, ['functions', i, 'goals', j], g, goals, msg('term.goal'), BA)),
  );
  const cellKeys = new Map<string, number>();
  ba.cells.forEach((cell, i) => {
    c.exists(BA, ['cells', i, 'goal'], cell.goal, goals, msg('term.goal'), BA);
    c.exists(BA, ['cells', i, 'function'], cell.function, functions, msg('term.function'), BA);
    cell.roles.forEach((r, j) => c.exists(BA, ['cells', i, 'roles', j, 'role'], r.role, roles, msg('term.role'), BA));
    const key = `${cell.goal}\u0000${cell.function}`;
    const first = cellKeys.get(key);
    if (first !== undefined) {
      c.problems.push({
        severity: 'error',
        rule: 'ref/duplicate-cell',
        file: BA,
        path: ['cells', i],
        message: msg('ref.duplicateCell', { goal: cell.goal, function: cell.function, first: first + 1 }),
        hint: msg('ref.duplicateCell.hint'),
      });
    } else cellKeys.set(key, i);
  });

  const ns = ws.northStar;
  const candidates = c.unique(NS, ['candidates'], ns.candidates, msg('term.candidate'));
  c.unique(NS, ['inputs'], ns.inputs, msg('term.input_metric'));
  if (ns.chosen !== undefined) c.exists(NS, ['chosen'], ns.chosen, candidates, msg('term.candidate'), NS);
  ns.inputs.forEach((input, i) => c.exists(NS, ['inputs', i, 'drives'], input.drives, candidates, msg('term.candidate'), NS));

  const facets = new Set(ws.model.facets.map((f) => f.id));
  const maxLevel = (id: string) => (ws.model.facets.find((f) => f.id === id)?.levels.length ?? 1) - 1;
  c.unique(AS, ['evidence'], ws.assessment.evidence, msg('term.evidence'));
  for (const [id, score] of Object.entries(ws.assessment.facets)) {
    c.exists(AS, ['facets'], id, facets, msg('term.facet'), ws.modelFile);
    if (!facets.has(id)) {
      // Point at the key itself, which is where the typo is.
      const last = c.problems[c.problems.length - 1]!;
      last.key = id;
      continue;
    }
    for (const field of ['current', 'target'] as const) {
      if (score[field] > maxLevel(id)) {
        c.problems.push({
          severity: 'error',
          rule: 'schema/range',
          file: AS,
          path: ['facets', id, field],
          message: msg('ref.levelTooHigh', { facet: id, level: score[field], max: maxLevel(id) }),
          hint: msg('ref.levelTooHigh.hint', { max: maxLevel(id), model: ws.model.id }),
        });
      }
    }
  }
  ws.assessment.evidence.forEach((ev, i) =>
    ev.facets.forEach((f, j) => c.exists(AS, ['evidence', i, 'facets', j], f, facets, msg('term.facet'), ws.modelFile)),
  );

  c.unique(BA, ['key_pages'], ba.key_pages ?? [], msg('term.key_page'));
  (ba.key_pages ?? []).forEach((page, i) => {
    c.exists(BA, ['key_pages', i, 'function'], page.function, functions, msg('term.function'), BA);
    const recommended = page.recommended?.trim();
    const names = new Set(page.options.map((o) => o.name));
    if (recommended && !names.has(recommended)) {
      const suggestion = closest(recommended, names);
      c.problems.push({
        severity: 'error',
        rule: 'ref/unknown-id',
        file: BA,
        path: ['key_pages', i, 'recommended'],
        message: msg('ref.unknownOption', { name: recommended, page: page.id }),
        hint: suggestion
          ? msg('ref.unknownOption.hint.suggest', { suggestion })
          : msg('ref.unknownOption.hint', { known: [...names].join(', ') || '-' }),
      });
    }
  });
  const systems = c.unique(BA, ['systems'], ba.systems ?? [], msg('term.system'));
  (ba.systems ?? []).forEach((system, i) =>
    system.integrates_with.forEach((s, j) => c.exists(BA, ['systems', i, 'integrates_with', j], s, systems, msg('term.system'), BA)),
  );

  // Capability areas and architecture dimensions name the functions and systems that serve them.
  for (const [section, entries] of [
    ['capability_areas', ba.capability_areas ?? {}],
    ['architecture_dimensions', ba.architecture_dimensions ?? {}],
  ] as const) {
    for (const [key, entry] of Object.entries(entries)) {
      if (!entry) continue;
      entry.functions.forEach((f, j) => c.exists(BA, [section, key, 'functions', j], f, functions, msg('term.function'), BA));
      entry.systems.forEach((s, j) => c.exists(BA, [section, key, 'systems', j], s, systems, msg('term.system'), BA));
    }
  }
  // A minimum requirement belongs to one area: another area's is a slip, answered with this area's own.
  for (const area of CAPABILITY_AREAS) {
    const entry = ba.capability_areas?.[area];
    const own = new Set<string>(AREA_REQUIREMENTS[area]);
    entry?.requirements.forEach((r, j) => {
      if (own.has(r)) return;
      const suggestion = closest(r, own);
      c.problems.push({
        severity: 'error',
        rule: 'ref/unknown-id',
        file: BA,
        path: ['capability_areas', area, 'requirements', j],
        message: msg('ref.areaRequirement', { requirement: r, area }),
        hint: suggestion ? msg('ref.areaRequirement.hint.suggest', { suggestion }) : msg('ref.areaRequirement.hint', { known: [...own].join(', ') }),
      });
    });
  }

  ws.launchPlan.training.forEach((tr, i) =>
    tr.functions.forEach((f, j) => c.exists(LP, ['training', i, 'functions', j], f, functions, msg('term.function'), BA)),
  );
  c.unique(LP, ['tuning', 'tickets'], ws.launchPlan.tuning?.tickets ?? [], msg('term.tuning_ticket'));
  c.unique(LP, ['data_projects'], ws.launchPlan.data_projects ?? [], msg('term.data_project'));
  (ws.launchPlan.key_modules ?? []).forEach((m, i) => c.exists(LP, ['key_modules', i, 'function'], m.function, functions, msg('term.function'), BA));
  c.unique(LP, ['delivery_risks', 'register'], ws.launchPlan.delivery_risks?.register ?? [], msg('term.delivery_risk'));
  return c.problems;
}
