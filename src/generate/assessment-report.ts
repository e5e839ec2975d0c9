// The assessment report: scores, gaps, rubric levels, evidence and recommendations (methodology §6).
import type { DocumentContext } from './document-context.js';
import type { TemplateRenderer } from './handlebars-env.js';
import type { OutputFile } from './types.js';

/** assessment.md */
export function generateAssessmentReport(ctx: DocumentContext, renderer: TemplateRenderer): OutputFile[] {
  return [{ path: 'assessment.md', contents: renderer.render('assessment.md.hbs', ctx) }];
}
