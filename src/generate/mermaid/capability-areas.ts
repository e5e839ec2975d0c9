// The six capability areas and the four architecture dimensions as one picture: where the plan
// stands on each (coloured by status), how many of an area's minimum requirements it covers, and the
// digital tools serving the other three dimensions (methodology §7).
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';
import { diagramTheme } from './theme.js';

/** The theme's node class that shows each status (unrecorded: the plan says nothing yet). */
const STATUS_CLASS: Readonly<Record<string, string>> = { in_place: 'done', planned: 'planned', later: 'todo', out_of_scope: 'exempted', unrecorded: 'missing' };

/** The picture, or nothing when the plan records neither the areas nor the dimensions. */
export function capabilityAreasDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  const { capabilities } = view;
  if (!capabilities.recorded) return [];
  const dimensionId = (id: string) => mermaidId('d', id);
  const source = renderer.render('capability-areas.mmd.hbs', {
    generated: view.generated,
    theme: diagramTheme('flowchart', ['done', 'planned', 'todo', 'exempted', 'missing']),
    labels: { areas: t('doc.capability.areas'), dimensions: t('doc.capability.dimensions'), serves: t('doc.diagram.serves') },
    areas: capabilities.areas.map((a) => ({ nodeId: mermaidId('a', a.id), label: a.label, statusLabel: a.statusLabel, status: STATUS_CLASS[a.status ?? 'unrecorded'], requirements: `${a.met}/${a.total}` })),
    dimensions: capabilities.dimensions.map((d) => ({ nodeId: dimensionId(d.id), label: d.label, statusLabel: d.statusLabel, status: STATUS_CLASS[d.status ?? 'unrecorded'] })),
    // Digital tools serve strategy, organisation and the operations system: they must not become a pile of features.
    tools: dimensionId('digital_tools'),
    serves: capabilities.dimensions.filter((d) => d.id !== 'digital_tools').map((d) => dimensionId(d.id)),
  });
  return [{ kind: 'capability-areas', path: 'diagrams/capability-areas.mmd', title: t('doc.diagram.capabilityAreas'), source }];
}
