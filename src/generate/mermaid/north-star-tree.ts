// The north-star tree: the chosen metric and the input metrics that drive it (methodology §5).
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';
import { diagramTheme } from './theme.js';

/** The metric tree, or nothing when no north star is chosen yet. */
export function northStarTreeDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  const chosen = view.northStar.chosen;
  if (!chosen) return [];
  const source = renderer.render('north-star-tree.mmd.hbs', {
    generated: view.generated,
    theme: diagramTheme('flowchart', ['metric', 'input']),
    metric: { nodeId: mermaidId('n', chosen.id), name: chosen.name },
    inputs: view.northStar.inputs
      .filter((i) => i.drivesId === chosen.id)
      .map((i) => ({ nodeId: mermaidId('i', i.id), name: i.name, kindLabel: i.kindLabel, targetLabel: i.target ? `${t('doc.northStar.target')}${t('doc.colon')}${i.target}` : null })),
    labels: { northStar: t('doc.northStar.metric') },
  });
  return [{ kind: 'north-star-tree', path: 'diagrams/north-star-tree.mmd', title: t('doc.diagram.northStarTree'), source }];
}
