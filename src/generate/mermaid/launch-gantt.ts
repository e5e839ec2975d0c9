// The launch Gantt chart: the six delivery phases one after another from the start date.
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';
import { diagramTheme } from './theme.js';

/** Width the chart is laid out at: a landscape page's, so its 11 px labels print at full size. */
export const GANTT_WIDTH = 1000;

/** The Gantt chart; without a start date there are no dates to draw, and the plan says so instead. */
export function launchGanttDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  if (!view.launch.start) return [];
  const cold = view.northStar.coldStart.by;
  const source = renderer.render('launch-gantt.mmd.hbs', {
    generated: view.generated,
    theme: diagramTheme('gantt', [], { gantt: { useWidth: GANTT_WIDTH, useMaxWidth: false, barHeight: 24, fontSize: 13, sectionFontSize: 13, leftPadding: 180 } }),
    title: view.plan.name,
    section: t('doc.launch.phases'),
    phases: view.launch.phases.map((p) => ({ taskId: `p_${p.id}`, label: p.label, start: p.start, days: p.weeks * 7 })),
    milestones: cold ? [{ taskId: 'm_cold_start', label: t('doc.northStar.coldStartBy'), date: cold }] : [],
    milestoneSection: t('doc.launch.milestones'),
  });
  return [{ kind: 'launch-gantt', path: 'diagrams/launch-gantt.mmd', title: t('doc.diagram.launchGantt'), source }];
}
