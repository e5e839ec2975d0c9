// The deck and the workbook of a plan as data, from the same view and diagrams as the documents.
import type { PlanModel } from '../../domain/model/index.js';
import { translator } from '../../i18n/index.js';
import type { CheckReport } from '../check-report.js';
import { documentContext } from '../document-context.js';
import { createTemplateRenderer } from '../handlebars-env.js';
import { generateDiagrams } from '../mermaid/index.js';
import { buildPlanView } from '../plan-view.js';
import type { GenerateOptions } from '../types.js';
import { deckSpec, type DeckSpec } from './deck-spec.js';
import { workbookSpec, type WorkbookSpec } from './workbook-spec.js';

/** The slide deck and workbook of a plan: pure data the writers in render/ lay out. */
export function generateDeliverables(plan: PlanModel, report: CheckReport, options: GenerateOptions): { deck: DeckSpec; workbook: WorkbookSpec } {
  const t = translator(options.locale);
  const renderer = createTemplateRenderer(options.templates, t, options.label);
  const view = buildPlanView(plan, report, options.label, t, options.locale);
  const ctx = documentContext(view, generateDiagrams(view, renderer, t));
  return { deck: deckSpec(ctx, t), workbook: workbookSpec(view, t) };
}

export type { DeckSpec, SlideSpec } from './deck-spec.js';
export type { WorkbookSpec, SheetSpec } from './workbook-spec.js';
export type { DocumentMeta } from './document-meta.js';
