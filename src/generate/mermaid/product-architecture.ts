// Product architecture diagram: the five module dimensions as stacked layers, each a band of its
// functions beside the layer's name (methodology §4), drawn as a Mermaid block diagram.
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';
import { diagramTheme } from './theme.js';

/** Functions side by side in one row of a layer: four keep the picture within a landscape page. */
export const FUNCTIONS_PER_ROW = 4;

/** The layers in the methodology's order, top to bottom; an exempted layer shows its reason, an empty one says so. */
export function productArchitectureDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram {
  const layers = view.modules.map((m, index) => {
    const functions = m.functions.map((f) => ({ nodeId: mermaidId('f', f.id), name: f.name }));
    const rows: { functions: typeof functions; fill: null[] }[] = [];
    for (let i = 0; i < functions.length; i += FUNCTIONS_PER_ROW) {
      const row = functions.slice(i, i + FUNCTIONS_PER_ROW);
      rows.push({ functions: row, fill: Array<null>(FUNCTIONS_PER_ROW - row.length).fill(null) });
    }
    return {
      layerId: mermaidId('m', m.id),
      label: m.label,
      tint: `layer${index + 1}`,
      rows,
      functions: functions.map((f) => f.nodeId),
      emptyId: mermaidId('e', m.id),
      empty: functions.length === 0,
      exemption: m.exemption,
      // Built here, not in the template, so the label keeps the space after an English colon.
      exemptionLabel: m.exemption ? `${t('doc.diagram.exempted')}${t('doc.colon')}${m.exemption}` : null,
    };
  });
  const source = renderer.render('product-architecture.mmd.hbs', {
    generated: view.generated,
    theme: diagramTheme('block', ['layerLabel', 'layer1', 'layer2', 'layer3', 'layer4', 'layer5', 'exempted', 'missing']),
    columns: FUNCTIONS_PER_ROW + 1,
    span: FUNCTIONS_PER_ROW,
    layers,
    labels: { none: t('doc.diagram.noModule') },
  });
  return { kind: 'product-architecture', path: 'diagrams/product-architecture.mmd', title: t('doc.diagram.productArchitecture'), source };
}
