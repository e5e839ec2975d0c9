// Product architecture diagram: one lane per module dimension holding its functions (methodology §4).
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';

/** The five module dimensions as lanes; an exempted dimension shows its reason, an empty one says so. */
export function productArchitectureDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram {
  const lanes = view.modules.map((m) => ({
    laneId: mermaidId('m', m.id),
    label: m.label,
    functions: m.functions.map((f) => ({ nodeId: mermaidId('f', f.id), name: f.name })),
    emptyId: mermaidId('e', m.id),
    empty: m.functions.length === 0,
    exemption: m.exemption,
    // Built here, not in the template, so the label keeps the space after an English colon.
    exemptionLabel: m.exemption ? `${t('doc.diagram.exempted')}${t('doc.colon')}${m.exemption}` : null,
  }));
  const source = renderer.render('product-architecture.mmd.hbs', {
    generated: view.generated,
    // Unlinked lanes are laid out right to left in declaration order, so they are declared in
    // reverse to read business -> operations -> data -> monetisation -> content from the left.
    lanes: [...lanes].reverse(),
    labels: { none: t('doc.diagram.noModule') },
  });
  return { kind: 'product-architecture', path: 'diagrams/product-architecture.mmd', title: t('doc.diagram.productArchitecture'), source };
}
