// The one entry point of the generators: plan model + check report -> every output file, sorted by path.
import type { PlanModel } from '../domain/model/index.js';
import { translator } from '../i18n/index.js';
import type { CheckReport } from './check-report.js';
import { generateAssessmentReport } from './assessment-report.js';
import { documentContext } from './document-context.js';
import { generateFeatureTable } from './feature-table.js';
import { createTemplateRenderer } from './handlebars-env.js';
import { generateHtmlReport } from './html-report.js';
import { generateLaunchPlan } from './launch-plan.js';
import { generateDiagrams } from './mermaid/index.js';
import { generateNorthStarCard } from './north-star-card.js';
import { buildPlanView } from './plan-view.js';
import { generatePlanReport } from './plan-report.js';
import { DOCUMENT_FAMILIES, type DocumentFamily, type GenerateOptions, type OutputFile } from './types.js';

/** Which family a generated path belongs to, so `--only` and the stale-file check can tell them apart. */
export function familyOf(path: string): DocumentFamily {
  if (path.startsWith('diagrams/')) return 'diagrams';
  if (path.startsWith('feature-table.')) return 'feature-table';
  if (path === 'board.md') return 'board';
  if (path === 'launch-plan.md') return 'launch-plan';
  if (path === 'north-star.md') return 'north-star';
  if (path === 'assessment.md') return 'assessment';
  return 'report';
}

/** A generated text this long (characters) counts as very large (see GenerateOptions.afterLargeFile). */
export const LARGE_FILE_CHARS = 8_000_000;

/** Compares paths by UTF-16 code units, the same on every machine and locale. */
const byPath = (a: OutputFile, b: OutputFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Generates the documents of a plan in `options.locale`. Pure: no file system, no clock; the same
 * inputs give byte-identical files. Throws TemplateError when a (possibly overridden) template fails.
 */
export function generateDocuments(plan: PlanModel, report: CheckReport, options: GenerateOptions): OutputFile[] {
  const t = translator(options.locale);
  const renderer = createTemplateRenderer(options.templates, t, options.label);
  const view = buildPlanView(plan, report, options.label, t, options.locale);
  const diagrams = generateDiagrams(view, renderer, t);
  const ctx = documentContext(view, diagrams);
  const wanted = new Set<DocumentFamily>(options.only ?? DOCUMENT_FAMILIES);

  const files: OutputFile[] = [];
  const add = (generated: Iterable<OutputFile>) => {
    for (const f of generated) {
      const large = typeof f.contents === 'string' && f.contents.length >= LARGE_FILE_CHARS;
      files.push(options.bytes && typeof f.contents === 'string' ? { path: f.path, contents: Buffer.from(f.contents, 'utf8') } : f);
      if (large) options.afterLargeFile?.();
    }
  };
  if (wanted.has('feature-table')) add(generateFeatureTable(ctx, renderer));
  if (wanted.has('board')) add([{ path: 'board.md', contents: renderer.render('board.md.hbs', ctx) }]);
  // The diagram texts stay strings: the report below embeds them, and --render draws them.
  if (wanted.has('diagrams')) files.push(...diagrams.map((d) => ({ path: d.path, contents: d.source })));
  if (wanted.has('launch-plan')) add(generateLaunchPlan(ctx, renderer));
  if (wanted.has('north-star')) add(generateNorthStarCard(ctx, renderer));
  if (wanted.has('assessment')) add(generateAssessmentReport(ctx, renderer));
  if (wanted.has('report')) {
    // The Markdown report links every document of a full build, whichever families this run writes.
    const linked = [
      'feature-table.md',
      'feature-table.csv',
      'feature-table.json',
      'north-star.md',
      'assessment.md',
      'launch-plan.md',
      'plan-report.html',
      'plan-report-internal.html',
      'board.md',
      ...diagrams.map((d) => d.path),
    ];
    add(generatePlanReport(ctx, renderer, linked));
    add(generateHtmlReport(ctx, renderer, t, options.svgs, options.mermaidScript));
  }
  return files.sort(byPath);
}
