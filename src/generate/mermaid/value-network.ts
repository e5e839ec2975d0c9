// The three-party value network: what the platform gives the demand and resource sides, and what they bring.
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';
import { diagramTheme } from './theme.js';

/** The value network of the three parties, with the key resources feeding the platform as one group (one "launch leverage" arrow). */
export function valueNetworkDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram {
  const party = (id: string) => {
    const p = view.value.parties.find((x) => x.id === id)!;
    return { nodeId: mermaidId('p', id), label: p.label, kind: p.kind, statement: p.statement, measure: p.measure };
  };
  const source = renderer.render('value-network.mmd.hbs', {
    generated: view.generated,
    theme: diagramTheme('flowchart', ['party', 'platform', 'resource']),
    groupId: 'key_resources',
    demand: party('demand_side'),
    resource: party('resource_side'),
    platform: party('platform_side'),
    resources: view.value.keyResources.map((r) => ({ nodeId: mermaidId('k', r.id), name: r.name, typeLabel: r.typeLabel })),
    labels: { brings: t('doc.diagram.bringsResources'), leverage: t('doc.diagram.leverage'), keyResources: t('doc.value.keyResources') },
  });
  return { kind: 'value-network', path: 'diagrams/value-network.mmd', title: t('doc.diagram.valueNetwork'), source };
}
