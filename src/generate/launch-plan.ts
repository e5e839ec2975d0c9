// The launch plan: phases with dates, kickoff agenda, documents, training, roadmap, operations gates, risks.
import type { DocumentContext } from './document-context.js';
import type { TemplateRenderer } from './handlebars-env.js';
import type { OutputFile } from './types.js';

/** launch-plan.md */
export function generateLaunchPlan(ctx: DocumentContext, renderer: TemplateRenderer): OutputFile[] {
  return [{ path: 'launch-plan.md', contents: renderer.render('launch-plan.md.hbs', ctx) }];
}
