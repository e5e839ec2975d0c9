// The north-star card: the chosen metric, its scores, inputs and cold-start goals (methodology §5).
import type { DocumentContext } from './document-context.js';
import type { TemplateRenderer } from './handlebars-env.js';
import type { OutputFile } from './types.js';

/** north-star.md */
export function generateNorthStarCard(ctx: DocumentContext, renderer: TemplateRenderer): OutputFile[] {
  return [{ path: 'north-star.md', contents: renderer.render('north-star.md.hbs', ctx) }];
}
