// The assessment radar: current against target level per facet (radar-beta, mermaid >= 11.6).
import { mermaidId } from '../escape/mermaid-label.js';
import type { TemplateRenderer } from '../handlebars-env.js';
import type { PlanView } from '../plan-view.js';
import type { Translator } from '../../i18n/index.js';
import type { Diagram } from './diagram.js';
import { estimatedTextPx } from './label-width.js';
import { diagramTheme } from './theme.js';

/** The radar's size: the polygon's box, its labels' font size, and the room kept around the labels. */
export const RADAR = { size: 520, labelFontSize: 14, legendFontSize: 14, pad: 24, labelFactor: 1.05, labelGap: 4 } as const;

/**
 * Margins that hold every axis label whole. Mermaid places label i at angle 2πi/n − π/2, anchored
 * at its end on the left, its start on the right and its middle at the top and bottom; the
 * margins are what the widest label on each side reaches beyond the polygon, never a fixed guess.
 */
export function radarMargins(labels: readonly string[], legend: readonly string[]) {
  const radius = RADAR.size / 2;
  const reach = radius * RADAR.labelFactor + RADAR.labelGap;
  const line = RADAR.labelFontSize * 1.4;
  let left = 0;
  let right = 0;
  let top = 0;
  let bottom = 0;
  labels.forEach((label, i) => {
    const angle = (2 * i * Math.PI) / labels.length - Math.PI / 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const width = estimatedTextPx(label, RADAR.labelFontSize);
    const x = reach * cos;
    const [x0, x1] = cos > 0.01 ? [x, x + width] : cos < -0.01 ? [x - width, x] : [x - width / 2, x + width / 2];
    const y = reach * sin;
    const [y0, y1] = sin > 0.01 ? [y, y + line] : sin < -0.01 ? [y - line, y] : [y - line / 2, y + line / 2];
    left = Math.max(left, -x0 - radius);
    right = Math.max(right, x1 - radius);
    top = Math.max(top, -y0 - radius);
    bottom = Math.max(bottom, y1 - radius);
  });
  // The legend sits at three quarters of the way to the top-right corner: room for its widest entry.
  const legendWidth = 20 + Math.max(0, ...legend.map((l) => estimatedTextPx(l, RADAR.legendFontSize)));
  right = Math.max(right, 4 * legendWidth - radius);
  const m = (n: number) => Math.ceil(Math.max(0, n) + RADAR.pad);
  return { marginLeft: m(left), marginRight: m(right), marginTop: m(top), marginBottom: m(bottom) };
}

/** Radar of current and target levels; a radar needs at least three axes, so fewer facets give none. */
export function diamondRadarDiagram(view: PlanView, renderer: TemplateRenderer, t: Translator): Diagram[] {
  const facets = view.assessment.facets;
  if (facets.length < 3) return [];
  const labels = { current: t('doc.assessment.current'), target: t('doc.assessment.target') };
  const margins = radarMargins(facets.map((f) => f.name), [labels.current, labels.target]);
  const source = renderer.render('diamond-radar.mmd.hbs', {
    generated: view.generated,
    theme: diagramTheme('radar', [], {
      radar: { width: RADAR.size, height: RADAR.size, ...margins, axisLabelFactor: RADAR.labelFactor },
      themeVariables: { radar: { axisLabelFontSize: RADAR.labelFontSize, legendFontSize: RADAR.legendFontSize } },
    }),
    title: view.assessment.model,
    axes: facets.map((f) => ({ axisId: mermaidId('a', f.id), name: f.name })),
    current: facets.map((f) => f.current).join(', '),
    target: facets.map((f) => f.target).join(', '),
    max: Math.max(...facets.map((f) => f.max)),
    labels,
  });
  return [{ kind: 'diamond-radar', path: 'diagrams/diamond-radar.mmd', title: t('doc.diagram.diamondRadar'), source }];
}
