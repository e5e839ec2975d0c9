// The roadmap position: CRM -> BPM -> PaaS with each sub-step done, planned or ahead (methodology §8).
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';

/** The three stages with their sub-steps, or nothing when the plan has no roadmap position. */
export function roadmapDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  const roadmap = view.launch.roadmap;
  if (!roadmap) return [];
  const source = renderer.render('roadmap.mmd.hbs', {
    generated: view.generated,
    // Unlinked stages are laid out right to left in declaration order: declared in reverse, they
    // read CRM -> BPM -> PaaS from the left, each a column of its sub-steps from light to heavy.
    stages: roadmap.stages
      .map((s) => ({
        stageId: mermaidId('s', s.id),
        label: s.label,
        current: s.current,
        substeps: s.substeps.map((x) => ({ nodeId: mermaidId('x', x.id), label: x.label, status: x.status, statusLabel: x.statusLabel })),
      }))
      .reverse(),
    labels: { current: t('doc.roadmap.current') },
  });
  return [{ kind: 'roadmap', path: 'diagrams/roadmap.mmd', title: t('doc.diagram.roadmap'), source }];
}
