// What the interview says when a canvas is done: its tables, then the methodology's findings for
// that canvas in words for the client — even while another canvas is still incomplete or refers to
// something removed here (that canvas is then checked as the starter file has it, and named
// plainly as the place to fix). No file:line:col, rule ids or section numbers: those stay in
// `dxplan check` and `dxplan validate`.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { CANVAS_IDS, type CanvasId } from '../domain/canvas-ids.js';
import { checkPlan } from '../domain/check.js';
import type { GlossaryLookup } from '../domain/glossary.js';
import { derivePlan, derivePlanParts } from '../domain/model/index.js';
import { compareProblems, type Problem } from '../domain/problem.js';
import { canvasPath, WORKSPACE_FILES } from '../domain/schemas/index.js';
import type { Workspace } from '../domain/workspace.js';
import { sayCheck } from '../generate/check-report.js';
import { wrapParagraphs } from '../generate/text-width.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { speaker } from '../i18n/text.js';
import { packagePath } from '../paths.js';
import { locateProblems } from '../store/load-file.js';
import { loadWorkspace } from '../store/load-workspace.js';
import type { Locale } from '../shared/locale.js';
import { clientText } from './client-text.js';
import type { QuestionBook } from './definitions.js';
import { summarize } from './summary.js';

/** Styles of the report. */
export interface ReportPaint {
  bold(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
  dim(s: string): string;
}

/** Where each workspace file's content goes in a Workspace. */
const FILE_KEY: Record<string, keyof Workspace> = {
  'dxplan.yaml': 'manifest',
  'canvases/value-positioning.yaml': 'valuePositioning',
  'canvases/business-architecture.yaml': 'businessArchitecture',
  'canvases/north-star.yaml': 'northStar',
  'canvases/assessment.yaml': 'assessment',
  'canvases/launch-plan.yaml': 'launchPlan',
};

/** The starter file's content of a workspace file, schema-read: what a canvas not done yet is checked as. */
function starterContent(locale: Locale, path: string): unknown {
  const spec = WORKSPACE_FILES.find((f) => f.path === path)!;
  const text = readFileSync(packagePath('templates', 'workspace', locale, path), 'utf8').replace(/\{\{\s*\w+\s*\}\}/g, 'plan');
  const parsed = spec.schema.safeParse(parseDocument(text).toJS());
  return parsed.success ? parsed.data : undefined;
}

/** The report of one finished canvas: tables (unless `tables` is false), findings, what to fix elsewhere. */
export async function canvasReport(opts: {
  dir: string;
  canvas: CanvasId;
  t: Translator;
  glossary: GlossaryLookup;
  books: ReadonlyMap<CanvasId, QuestionBook>;
  width: number;
  tables: boolean;
  paint: ReportPaint;
}): Promise<string> {
  const { t, paint, canvas } = opts;
  const locale = t.locale;
  const file = canvasPath(canvas);
  const loaded = await loadWorkspace(opts.dir, t, opts.dir);
  const out: string[] = [];
  const titleOf = (path: string) => {
    const id = CANVAS_IDS.find((c) => canvasPath(c) === path);
    return id ? (opts.books.get(id)?.title ?? id) : t('iv.company.title');
  };
  // The tables: a whole plan once every canvas is valid; before that, the parts that are.
  const plan = loaded.workspace ? derivePlan(loaded.workspace) : undefined;
  if (opts.tables) {
    const table = summarize(canvas, plan ?? derivePlanParts(loaded.files), t, opts.glossary, opts.width);
    if (table) out.push(`\n${table}`);
  }
  const own = loaded.problems.filter((p) => p.file === file && p.severity === 'error');
  const elsewhere = loaded.problems.filter((p) => p.file !== file && p.severity === 'error');
  if (own.length > 0 && own.some((p) => !p.rule.startsWith('ref/'))) {
    // Not complete yet: say which parts, not which YAML keys.
    const parts = [...new Set(own.map((p) => partName(opts, canvas, p)))];
    out.push(`\n${paint.yellow(wrapParagraphs(t('iv.report.incomplete', { count: own.length, parts: parts.join(t('doc.listSeparator')) }), opts.width))}`);
    return out.join('\n');
  }
  // Checked on its own: the other files as they are when valid, as their starter file when not.
  let findings: Problem[] = [];
  try {
    const ws = { ...loaded.files } as Record<string, unknown>;
    for (const [path, key] of Object.entries(FILE_KEY)) if (ws[key] === undefined) ws[key] = starterContent(locale, path);
    const say = speaker(locale, (key) => opts.glossary.label(key, locale));
    findings = sayCheck(checkPlan(derivePlan(ws as unknown as Workspace)), say).findings.filter((f) => f.file === file);
    const source = loaded.sources.get(file);
    if (source) locateProblems(findings, source);
    findings.sort(compareProblems);
  } catch {
    // A canvas this incomplete cannot be derived yet; validate says where.
    findings = [];
  }
  if (findings.length === 0) out.push(`\n${paint.green(wrapParagraphs(t('iv.noWarnings'), opts.width))}`);
  else {
    out.push(`\n${paint.bold(t('iv.warnings', { count: findings.length }))}`);
    for (const f of findings) {
      const mark = f.severity === 'error' ? paint.red('✖') : f.severity === 'warning' ? paint.yellow('!') : paint.dim('·');
      out.push(`  ${mark} ${wrapParagraphs(clientText(f.message), opts.width - 4, 4).trimStart()}`);
    }
    out.push(paint.dim(wrapParagraphs(t('iv.report.details'), opts.width)));
  }
  // What holds the full check back, canvas by canvas, in plain words.
  const byFile = new Map<string, Problem[]>();
  for (const p of [...elsewhere, ...own]) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  if (byFile.size > 0) {
    out.push(`\n${paint.yellow(wrapParagraphs(t('iv.report.elsewhere'), opts.width))}`);
    for (const [path, problems] of byFile) {
      const refs = problems.filter((p) => p.rule.startsWith('ref/')).length;
      const key = refs === problems.length ? 'iv.report.fixRefs' : refs === 0 ? 'iv.report.fixMissing' : 'iv.report.fixBoth';
      out.push(`  • ${wrapParagraphs(t(key, { canvas: titleOf(path), count: problems.length, refs, missing: problems.length - refs }), opts.width - 4, 4).trimStart()}`);
    }
  }
  return out.join('\n');
}

/** The step of the canvas a problem is in, by the first key of its path ("Goals", "Demand side"). */
function partName(opts: { t: Translator; glossary: GlossaryLookup }, canvas: CanvasId, p: Problem): string {
  const [first, second] = p.path.map(String);
  const { t, glossary } = opts;
  const locale = t.locale;
  if (canvas === 'value-positioning' && first === 'parties' && second) return glossary.label(`party.${second}`, locale);
  const step = STEP_OF[canvas]?.[first ?? ''];
  return step ? t(step) : t('iv.report.somewhere');
}

/** The interview step that asks each top-level key of a canvas. */
const STEP_OF: Partial<Record<CanvasId, Record<string, MessageKey>>> = {
  'value-positioning': { scope_fit: 'iv.vp.step.fit', key_resources: 'iv.vp.step.resources', principles: 'iv.vp.step.principles' },
  'business-architecture': { goals: 'iv.ba.step.goals', roles: 'iv.ba.step.roles', functions: 'iv.ba.step.functions', cells: 'iv.ba.step.functions', module_exemptions: 'iv.ba.step.gaps' },
  'north-star': { candidates: 'iv.ns.step.candidates', chosen: 'iv.ns.step.choice', reason: 'iv.ns.step.choice', inputs: 'iv.ns.step.inputs', cold_start: 'iv.ns.step.coldStart' },
  assessment: { assessed_on: 'iv.as.step.date', facets: 'iv.as.step.facets', evidence: 'iv.as.step.evidence' },
  'launch-plan': {
    start: 'iv.lp.step.phases',
    phases: 'iv.lp.step.phases',
    owners: 'iv.lp.step.owners',
    kickoff_audiences: 'iv.lp.step.kickoff',
    documents: 'iv.lp.step.kickoff',
    training: 'iv.lp.step.training',
    roadmap: 'iv.lp.step.roadmap',
    operations: 'iv.lp.step.operations',
    four_looks: 'iv.lp.step.fourLooks',
  },
};
