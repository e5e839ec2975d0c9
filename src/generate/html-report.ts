// The plan report as one self-contained HTML page: styles and diagrams inline, nothing from the network.
import type { DocumentContext } from './document-context.js';
import type { TemplateRenderer } from './handlebars-env.js';
import type { OutputFile } from './types.js';

/** The path of the HTML report in the output folder. */
export const HTML_REPORT_PATH = 'plan-report.html';

/**
 * Makes an SVG safe to inline: drops an XML prolog or doctype, and any script or event handler,
 * since the page must run nothing it did not write itself.
 */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .trim();
}

/** plan-report.html, with each diagram as its rendered SVG when given, else its Mermaid source and a note. */
export function generateHtmlReport(ctx: DocumentContext, renderer: TemplateRenderer, svgs?: ReadonlyMap<string, string>): OutputFile[] {
  const withSvg = (d: DocumentContext['allDiagrams'][number]) => ({ ...d, svg: svgs?.has(d.path) ? inlineSvg(svgs.get(d.path)!) : null });
  const diagrams: Record<string, ReturnType<typeof withSvg>[]> = {};
  for (const [kind, list] of Object.entries(ctx.diagrams)) diagrams[kind] = list.map(withSvg);
  return [{ path: HTML_REPORT_PATH, contents: renderer.render('plan-report.html.hbs', { ...ctx, diagrams, allDiagrams: ctx.allDiagrams.map(withSvg) }) }];
}
