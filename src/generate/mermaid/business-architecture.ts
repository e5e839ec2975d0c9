// Business architecture diagram: goals -> functions -> roles, split into one diagram per goal when large.
import type { TemplateRenderer } from '../handlebars-env.js';
import { mermaidId } from '../escape/mermaid-label.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';
import { diagramTheme } from './theme.js';

/** Above this many nodes (goals + functions + roles) one diagram per goal is drawn instead of one in all. */
export const SPLIT_ABOVE_NODES = 30;

interface Node {
  nodeId: string;
  name: string;
}

/** Where each goal, function and role stands on the canvas, computed once per view. */
const positionCache = new WeakMap<PlanView, { goals: Map<string, number>; functions: Map<string, number>; roles: Map<string, number> }>();
function canvasPositions(view: PlanView) {
  let p = positionCache.get(view);
  if (!p) {
    const index = (items: { id: string }[]) => new Map(items.map((item, i) => [item.id, i]));
    p = { goals: index(view.goals), functions: index(view.functions), roles: index(view.roles) };
    positionCache.set(view, p);
  }
  return p;
}

/** The nodes and links of the rows given, deduplicated and in canvas order. */
function graphOf(view: PlanView, rows: PlanView['rows']) {
  const goals = new Map<string, Node>();
  const functions = new Map<string, Node>();
  const roles = new Map<string, Node>();
  const goalLinks = new Map<string, { from: string; to: string }>();
  const roleLinks = new Map<string, { from: string; to: string }>();
  for (const row of rows) {
    const f = { nodeId: mermaidId('f', row.function.id), name: row.function.name };
    functions.set(row.function.id, f);
    if (row.goal) {
      const g = { nodeId: mermaidId('g', row.goal.id), name: row.goal.name };
      goals.set(row.goal.id, g);
      goalLinks.set(`${g.nodeId}>${f.nodeId}`, { from: g.nodeId, to: f.nodeId });
    }
    for (const r of row.roles) {
      const role = { nodeId: mermaidId('r', r.id), name: r.name };
      roles.set(r.id, role);
      roleLinks.set(`${f.nodeId}>${role.nodeId}`, { from: f.nodeId, to: role.nodeId });
    }
  }
  // Canvas order, not first-seen order, so the output is stable when rows move. Sorting by a
  // precomputed position keeps this proportional to the diagram, not to the whole canvas.
  const order = <T>(map: Map<string, T>, position: Map<string, number>) =>
    [...map].sort((a, b) => position.get(a[0])! - position.get(b[0])!).map(([, node]) => node);
  const positions = canvasPositions(view);
  // Each function's role links leave through one point just right of it, and reach each role
  // through one point just left of it: the branches run only in the empty column between the two
  // rows of points, never across a box.
  const outPorts = new Map<string, { nodeId: string; from: string; to: string[] }>();
  const inPorts = new Map<string, { nodeId: string; to: string }>();
  for (const link of roleLinks.values()) {
    const port = outPorts.get(link.from) ?? { nodeId: `${link.from}__out`, from: link.from, to: [] };
    if (!inPorts.has(link.to)) inPorts.set(link.to, { nodeId: `${link.to}__in`, to: link.to });
    port.to.push(inPorts.get(link.to)!.nodeId);
    outPorts.set(link.from, port);
  }
  const orderedFunctions = order(functions, positions.functions);
  const orderedRoles = order(roles, positions.roles);
  return {
    goals: order(goals, positions.goals),
    functions: orderedFunctions,
    roles: orderedRoles,
    goalLinks: [...goalLinks.values()],
    outPorts: orderedFunctions.flatMap((f) => (outPorts.has(f.nodeId) ? [outPorts.get(f.nodeId)!] : [])),
    inPorts: orderedRoles.flatMap((r) => (inPorts.has(r.nodeId) ? [inPorts.get(r.nodeId)!] : [])),
  };
}

/** One diagram of the whole canvas, or one per goal when the canvas is too large to read in one. */
export function businessArchitectureDiagrams(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  const nodes = view.goals.length + view.functions.length + view.roles.length;
  const title = t('doc.diagram.businessArchitecture');
  const render = (rows: PlanView['rows']) =>
    renderer.render('business-architecture.mmd.hbs', { generated: view.generated, theme: diagramTheme('flowchart', ['goal', 'function', 'role', 'port']), labels: { goals: t('doc.goals'), functions: t('doc.functions'), roles: t('doc.roles') }, ...graphOf(view, rows) });
  if (nodes <= SPLIT_ABOVE_NODES || view.goals.length <= 1) {
    return [{ kind: 'business-architecture', path: 'diagrams/business-architecture.mmd', title, source: render(view.rows) }];
  }
  const rowsOfGoal = new Map<string, PlanView['rows']>();
  for (const row of view.rows) {
    if (!row.goal) continue;
    const list = rowsOfGoal.get(row.goal.id);
    if (list) list.push(row);
    else rowsOfGoal.set(row.goal.id, [row]);
  }
  return view.goals.map((g) => ({
    kind: 'business-architecture',
    path: `diagrams/business-architecture-${g.id}.mmd`,
    title: `${title}${t('doc.colon')}${g.name}`,
    source: render(rowsOfGoal.get(g.id) ?? []),
  }));
}
