// The roadmap position: CRM -> BPM -> PaaS with each sub-step done, planned or ahead (methodology §8).
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';
import { diagramTheme } from './theme.js';

/**
 * The three stages side by side with an arrow from each to the next (the methodology's order),
 * each stage's sub-steps below it from light to heavy; nothing when the plan has no roadmap position.
 */
export function roadmapDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  const roadmap = view.launch.roadmap;
  if (!roadmap) return [];
  const stages = roadmap.stages.map((s) => ({
    stageId: mermaidId('s', s.id),
    arrowId: mermaidId('then', s.id),
    label: s.label,
    current: s.current,
    substeps: s.substeps.map((x) => ({ nodeId: mermaidId('x', x.id), label: x.label, status: x.status, statusLabel: x.statusLabel })),
  }));
  // Row i holds the i-th sub-step of every stage (a block diagram fills its grid row by row).
  const depth = Math.max(0, ...stages.map((s) => s.substeps.length));
  const rows = Array.from({ length: depth }, (_, i) => ({ cells: stages.map((s) => s.substeps[i] ?? { nodeId: null, label: '', status: '', statusLabel: '' }) }));
  const source = renderer.render('roadmap.mmd.hbs', {
    generated: view.generated,
    theme: diagramTheme('block', ['stage', 'currentStage', 'arrow', 'done', 'planned', 'todo']),
    columns: stages.length * 2 - 1,
    stages,
    rows,
    labels: { current: t('doc.roadmap.current') },
  });
  return [{ kind: 'roadmap', path: 'diagrams/roadmap.mmd', title: t('doc.diagram.roadmap'), source }];
}
