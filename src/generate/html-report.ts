// The plan report as HTML in two editions: the client's (findings as advice) and the internal one
// (with every check's rule and place in the files). Diagrams are inlined as SVG when rendered, and
// otherwise drawn in the browser by the copy of Mermaid written beside the report: never from the network.
import type { DocumentContext } from './document-context.js';
import type { TemplateRenderer } from './handlebars-env.js';
import type { Translator } from '../i18n/index.js';
import { DRAW_DIAGRAMS_JS, REPORT_ASSETS } from './report-assets.js';
import type { OutputFile } from './types.js';

/** The path of the HTML report (the client's edition) in the output folder. */
export const HTML_REPORT_PATH = 'plan-report.html';

/** The internal edition: the same report with the checks in detail. */
export const INTERNAL_REPORT_PATH = 'plan-report-internal.html';

/** Both editions, client first. */
export const HTML_REPORT_PATHS = [HTML_REPORT_PATH, INTERNAL_REPORT_PATH] as const;

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

/** The printable box of an A4 page in CSS pixels (96 per inch), portrait and landscape, after margins and caption. */
const PAGE_BOX = { portrait: { width: 688, height: 850 }, landscape: { width: 1017, height: 624 } } as const;

/**
 * The page a drawn diagram prints on: `landscape` (a page of its own) when it is drawn clearly
 * larger there than on a portrait page, else `portrait`. Read from the SVG's viewBox.
 */
export function diagramLayout(svg: string | null): 'portrait' | 'landscape' {
  const box = svg ? /<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg) : null;
  if (!box) return 'portrait';
  const [w, h] = [Number(box[1]), Number(box[2])];
  const scale = (p: { width: number; height: number }) => Math.min(p.width / w, p.height / h, 1);
  return scale(PAGE_BOX.landscape) > scale(PAGE_BOX.portrait) * 1.15 ? 'landscape' : 'portrait';
}

/** The chapters of the report, in order: the contents lists them and the PDF's page numbers point at them. */
function chapters(t: Translator, internal: boolean): { id: string; title: string }[] {
  return [
    { id: 'value', title: t('doc.value.title') },
    { id: 'board', title: t('doc.board.title') },
    { id: 'features', title: t('doc.featureTable.title') },
    { id: 'capabilities', title: t('doc.capability.title') },
    { id: 'north-star', title: t('doc.northStar.title') },
    { id: 'assessment', title: t('doc.assessment.title') },
    { id: 'launch', title: t('doc.launch.title') },
    { id: 'advice', title: t('doc.advice.title') },
    ...(internal ? [{ id: 'appendix', title: t('doc.appendix.title') }] : []),
  ];
}

/**
 * Both editions of the report, with each diagram as its rendered SVG when given, else its Mermaid
 * source for the browser to draw; and, when any is left to draw, the scripts that draw it
 * (`mermaidScript`: the bytes of Mermaid's browser bundle, written beside the report). Yielded one
 * file at a time.
 */
export function* generateHtmlReport(
  ctx: DocumentContext,
  renderer: TemplateRenderer,
  t: Translator,
  svgs?: ReadonlyMap<string, string>,
  mermaidScript?: Uint8Array,
): Generator<OutputFile> {
  const withSvg = (d: DocumentContext['allDiagrams'][number]) => {
    const svg = svgs?.has(d.path) ? inlineSvg(svgs.get(d.path)!) : null;
    return { ...d, id: d.path.replace(/^diagrams\//, '').replace(/\.mmd$/, '').replace(/[^A-Za-z0-9_-]+/g, '-'), svg, layout: diagramLayout(svg) };
  };
  const diagrams: Record<string, ReturnType<typeof withSvg>[]> = {};
  for (const [kind, list] of Object.entries(ctx.diagrams)) diagrams[kind] = list.map(withSvg);
  const all = ctx.allDiagrams.map(withSvg);
  const drawInBrowser = all.some((d) => d.svg === null);
  // One edition at a time: the caller encodes each before the next is rendered, so a very large
  // plan never holds both editions as strings at once.
  for (const path of HTML_REPORT_PATHS) {
    const internal = path === INTERNAL_REPORT_PATH;
    const context = { ...ctx, diagrams, allDiagrams: all, internal, chapters: chapters(t, internal), drawInBrowser, assets: REPORT_ASSETS };
    yield { path, contents: renderer.render('plan-report.html.hbs', context) };
  }
  if (drawInBrowser && mermaidScript) {
    yield { path: REPORT_ASSETS.mermaid, contents: mermaidScript };
    yield { path: REPORT_ASSETS.draw, contents: DRAW_DIAGRAMS_JS };
  }
}
