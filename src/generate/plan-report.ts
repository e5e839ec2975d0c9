// The plan report in Markdown: the value positioning and a summary of every part, linking every document.
import type { DocumentContext } from './document-context.js';
import type { TemplateRenderer } from './handlebars-env.js';
import type { OutputFile } from './types.js';

/** plan-report.md; `files` are the other generated paths it links to. */
export function generatePlanReport(ctx: DocumentContext, renderer: TemplateRenderer, files: readonly string[]): OutputFile[] {
  return [{ path: 'plan-report.md', contents: renderer.render('plan-report.md.hbs', { ...ctx, files: [...files] }) }];
}
