// What every document template receives: the plan view plus the diagrams, grouped by kind.
import type { Diagram } from './mermaid/index.js';
import type { PlanView } from './plan-view.js';

/** The view, the diagrams by kind (each a list, since a large canvas has one per goal), and all of them in order. */
export interface DocumentContext extends PlanView {
  diagrams: Record<string, Diagram[]>;
  allDiagrams: Diagram[];
}

/** Groups the diagrams by kind for templates (`diagrams.roadmap`, `diagrams.business-architecture`…). */
export function documentContext(view: PlanView, diagrams: readonly Diagram[]): DocumentContext {
  const byKind: Record<string, Diagram[]> = {
    'value-network': [],
    'business-architecture': [],
    'product-architecture': [],
    'capability-areas': [],
    'north-star-tree': [],
    'diamond-radar': [],
    roadmap: [],
    'launch-gantt': [],
  };
  for (const d of diagrams) (byKind[d.kind] ??= []).push(d);
  return { ...view, diagrams: byKind, allDiagrams: [...diagrams] };
}
