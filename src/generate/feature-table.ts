// The business feature table (methodology §3): Markdown (GFM), CSV for Excel, and JSON for tools.
import type { DocumentContext } from './document-context.js';
import { UTF8_BOM } from './escape/csv.js';
import type { TemplateRenderer } from './handlebars-env.js';
import type { PlanView } from './plan-view.js';
import type { OutputFile } from './types.js';

/** The CSV template's output as RFC 4180 wants it: CRLF record ends and a UTF-8 BOM for Excel. */
export function toCsvFile(text: string): string {
  const body = text.replace(/\r?\n/g, '\r\n');
  return body.startsWith(UTF8_BOM) ? body : `${UTF8_BOM}${body}`;
}

/** The feature table as data: ids for tools, names and labels in the document's locale. */
export function featureTableJson(view: PlanView): string {
  const data = {
    generator: 'dxplan',
    locale: view.locale,
    plan: { name: view.plan.name, organisation: view.plan.organisation },
    goals: view.goals.map((g) => ({ id: g.id, name: g.name, description: g.description, phase: g.phase })),
    roles: view.roles.map((r) => ({ id: r.id, name: r.name, kind: r.kind, responsibility: r.responsibility })),
    functions: view.functions.map((f) => ({
      id: f.id,
      name: f.name,
      description: f.description,
      category: f.category,
      category_label: f.categoryLabel,
      module: f.module,
      module_label: f.moduleLabel,
      design_mode: f.designMode,
    })),
    rows: view.rows.map((r) => ({
      goal: r.goal ? r.goal.id : null,
      function: r.function.id,
      roles: r.roles.map((x) => ({ role: x.id, activity: x.activity })),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** feature-table.md, feature-table.csv and feature-table.json, yielded one at a time. */
export function* generateFeatureTable(ctx: DocumentContext, renderer: TemplateRenderer): Generator<OutputFile> {
  // One file at a time, so the caller encodes each before the next is rendered.
  yield { path: 'feature-table.md', contents: renderer.render('feature-table.md.hbs', ctx) };
  yield { path: 'feature-table.csv', contents: toCsvFile(renderer.render('feature-table.csv.hbs', ctx)) };
  yield { path: 'feature-table.json', contents: featureTableJson(ctx) };
}
