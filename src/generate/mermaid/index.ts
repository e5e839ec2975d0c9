// Every Mermaid diagram of a plan, in the order documents show them.
import type { Translator } from '../../i18n/index.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import { businessArchitectureDiagrams } from './business-architecture.js';
import { capabilityAreasDiagram } from './capability-areas.js';
import { diamondRadarDiagram } from './diamond-radar.js';
import type { Diagram } from './diagram.js';
import { launchGanttDiagram } from './launch-gantt.js';
import { northStarTreeDiagram } from './north-star-tree.js';
import { productArchitectureDiagram } from './product-architecture.js';
import { roadmapDiagram } from './roadmap.js';
import { valueNetworkDiagram } from './value-network.js';

/** All diagrams: value network, business and product architecture, capability areas, north star, radar, roadmap, Gantt. */
export function generateDiagrams(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  return [
    valueNetworkDiagram(view, renderer, t),
    ...businessArchitectureDiagrams(view, renderer, t),
    productArchitectureDiagram(view, renderer, t),
    ...capabilityAreasDiagram(view, renderer, t),
    ...northStarTreeDiagram(view, renderer, t),
    ...diamondRadarDiagram(view, renderer, t),
    ...roadmapDiagram(view, renderer, t),
    ...launchGanttDiagram(view, renderer, t),
  ];
}

export type { Diagram } from './diagram.js';
