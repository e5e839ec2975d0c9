// The assessment radar: current against target level per facet (radar-beta, mermaid >= 11.6).
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';

/** Radar of current and target levels; a radar needs at least three axes, so fewer facets give none. */
export function diamondRadarDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  const facets = view.assessment.facets;
  if (facets.length < 3) return [];
  const source = renderer.render('diamond-radar.mmd.hbs', {
    generated: view.generated,
    title: view.assessment.model,
    axes: facets.map((f) => ({ axisId: mermaidId('a', f.id), name: f.name })),
    current: facets.map((f) => f.current).join(', '),
    target: facets.map((f) => f.target).join(', '),
    max: Math.max(...facets.map((f) => f.max)),
    labels: { current: t('doc.assessment.current'), target: t('doc.assessment.target') },
  });
  return [{ kind: 'diamond-radar', path: 'diagrams/diamond-radar.mmd', title: t('doc.diagram.diamondRadar'), source }];
}
