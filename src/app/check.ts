// `dxplan check [dir]`: methodology findings grouped by canvas, recommendations, scores and a summary.
import type { CheckReport, ScoresJson } from '../generate/check-report.js';
import { compareProblems } from '../domain/problem.js';
import { WORKSPACE_FILES } from '../domain/schemas/index.js';
import type { Workspace } from '../domain/workspace.js';
import { workspaceContext, type AppContext, type GlobalOptions, type Io } from './context.js';
import { colorsFor } from './colors.js';
import { EXIT } from './exit-codes.js';
import { countBySeverity, printProblemsText, reportProblems, toPrinted, type PrintedProblem } from './print-problems.js';
import { jsonTerminalSafe, terminalSafe, terminalSafeDeep } from '../shared/terminal-safe.js';
import { textWidth } from '../generate/text-width.js';
import { guideFile, guideLink, ruleAnchor } from '../domain/guide.js';
import { packagePath } from '../paths.js';
import { displayPath } from './print-problems.js';

/** Options of the check command. */
export interface CheckCommandOptions extends GlobalOptions {
  format?: unknown;
  strict?: unknown;
}

/** Group heading of a workspace file: its canvas name. */
function groupTitle(ctx: AppContext, file: string): string {
  const entry = WORKSPACE_FILES.find((f) => f.path === file);
  if (!entry) return ctx.t('check.group.other');
  return ctx.t(entry.key === 'manifest' ? 'check.group.manifest' : `check.group.${entry.key}`);
}

/** Formats a score without trailing zeros (7, 6.5, 3.33). */
const num = (n: number): string => String(Math.round(n * 100) / 100);

/** The scores as text lines, in the user's language. */
function scoreLines(ctx: AppContext, scores: ScoresJson, modelName: string): string[] {
  const c = colorsFor(ctx, ctx.stdout);
  const lines: string[] = [];
  const ns = scores.northStar;
  // With weights, show the weighted score and the plain sum side by side, for every candidate.
  const plain = ns.candidates.every((cand) => cand.weighted === cand.total && cand.max === 8);
  lines.push(`  ${ctx.t(plain ? 'check.scores.northStar' : 'check.scores.northStarWeighted')}`);
  if (ns.candidates.length === 0) lines.push(`    ${ctx.t('check.scores.noCandidates')}`);
  for (const cand of ns.candidates) {
    const tags = [cand.id === ns.chosen ? ctx.t('check.scores.chosen') : '', cand.id === ns.best ? ctx.t('check.scores.best') : ''].filter(Boolean);
    const score = plain ? `${num(cand.weighted)}/${num(cand.max)}` : `${num(cand.weighted)}/${num(cand.max)} (${cand.total}/8)`;
    const named = ctx.locale === 'en' ? `${cand.name} (${cand.id})` : `${cand.name}（${cand.id}）`;
    const tagText = tags.join(ctx.locale === 'en' ? ', ' : '、');
    lines.push(`    ${cand.id === ns.chosen ? '★' : '·'} ${named}  ${c.bold(score)}${tags.length ? `  ${c.dim(`[${tagText}]`)}` : ''}`);
  }
  const as = scores.assessment;
  lines.push(`  ${ctx.t('check.scores.assessment', { model: modelName, max: num(as.overall.max) })}`);
  if (as.facets.length === 0) lines.push(`    ${ctx.t('check.scores.noFacets')}`);
  const width = Math.max(0, ...as.facets.map((f) => textWidth(f.name)));
  for (const f of as.facets) {
    const pad = ' '.repeat(width - textWidth(f.name));
    const extra = [ctx.t('check.scores.gap', { gap: f.gap }), ...(f.weight !== 1 ? [ctx.t('check.scores.weight', { weight: num(f.weight) })] : [])];
    const weakest = as.weakestFacets.includes(f.id) ? `  ${c.yellow(`← ${ctx.t('check.scores.weakest')}`)}` : '';
    lines.push(`    ${f.name}${pad}  ${f.current} → ${f.target} / ${f.max}  ${c.dim(extra.join(', '))}${weakest}`);
  }
  // Facets tied for weakest are all named: none of them is less urgent than the other.
  for (const weakest of as.facets.filter((f) => as.weakestFacets.includes(f.id))) {
    if (weakest.currentLevel) lines.push(`    ${c.dim(ctx.t('check.scores.weakestLevel', { facet: weakest.name, level: weakest.current, description: weakest.currentLevel }))}`);
  }
  if (as.facets.length > 0) lines.push(`    ${ctx.t('check.scores.overall', { current: num(as.overall.current), target: num(as.overall.target), max: num(as.overall.max) })}`);
  const cov = scores.coverage;
  lines.push(
    `  ${ctx.t('check.scores.coverage', { complete: cov.complete, goals: cov.goals, share: Math.round(cov.share * 100), business: cov.withBusiness, operations: cov.withOperations, data: cov.withData })}`,
  );
  return lines;
}

/** Prints findings grouped by canvas, then recommendations and scores. */
function printText(ctx: AppContext, printed: PrintedProblem[], byFile: Map<string, string>, unsafeReport: CheckReport, unsafeScores: ScoresJson, unsafeModel: Workspace['model'], strict: boolean, failed: boolean): void {
  // Names and texts come from the user's files: shown, never obeyed by the terminal.
  const [report, scores, model] = [terminalSafeDeep(unsafeReport), terminalSafeDeep(unsafeScores), terminalSafeDeep(unsafeModel)];
  const modelName = model.name[ctx.locale];
  const facetName = (id: string) => model.facets.find((f) => f.id === id)?.name[ctx.locale] ?? id;
  const c = colorsFor(ctx, ctx.stdout);
  const counts = countBySeverity(printed);
  // --quiet keeps what fails the check, nothing else.
  const shown = ctx.quiet ? printed.filter((p) => p.severity === 'error' || (strict && p.severity === 'warning')) : printed;
  let group: string | undefined;
  for (const p of shown) {
    const title = byFile.get(p.file) ?? ctx.t('check.group.other');
    if (title !== group) {
      if (group !== undefined) ctx.stdout.write('\n');
      ctx.stdout.write(`${c.bold.underline(title)}\n`);
      group = title;
    }
    printProblemsText(ctx, [p]);
    // Every finding points at the method behind it: `dxplan explain` says it here, in this language.
    ctx.stdout.write(`    ${c.dim(ctx.t('check.see', { target: `dxplan explain ${terminalSafe(p.rule)}` }))}\n`);
  }
  if (ctx.quiet) {
    if (failed) ctx.stdout.write(`${c.red(ctx.t('check.summary.failed', counts))}${strict ? ` ${ctx.t('check.summary.strict')}` : ''}\n`);
    return;
  }
  if (printed.length === 0) ctx.stdout.write(`${c.green(ctx.t('check.noFindings'))}\n`);
  if (report.recommendations.length > 0) {
    ctx.stdout.write(`\n${c.bold.underline(ctx.t('check.recommendations'))}\n`);
    // The guide as installed with dxplan, shown the way the findings' files are.
    const guide = displayPath(ctx, ctx.cwd, packagePath(guideFile(ctx.locale)));
    for (const r of report.recommendations) {
      ctx.stdout.write(`  • ${r.text} ${c.dim(`[${r.facet !== undefined ? facetName(r.facet) : r.rule}]`)}\n`);
      ctx.stdout.write(`    ${c.dim(ctx.t('check.see', { target: `${guide}#${r.guide}` }))}\n`);
    }
  }
  ctx.stdout.write(`\n${c.bold.underline(ctx.t('check.scores'))}\n`);
  for (const line of scoreLines(ctx, scores, modelName)) ctx.stdout.write(`${line}\n`);
  const summary = ctx.t(failed ? 'check.summary.failed' : 'check.summary.passed', counts);
  ctx.stdout.write(`\n${failed ? c.red.bold(summary) : c.green.bold(summary)}${strict ? ` ${c.dim(ctx.t('check.summary.strict'))}` : ''}\n`);
}

/** Runs `dxplan check`: exit 2 on an invalid workspace, 1 on errors (or warnings with --strict), else 0. */
export async function runCheckCommand(io: Io, dir: string, options: CheckCommandOptions): Promise<number> {
  const ctx = await workspaceContext(io, options, dir);
  const format = options.format === 'json' ? 'json' : 'text';
  const strict = Boolean(options.strict);
  const [{ analyseWorkspace, isInvalid, sayReport }, { scoresJson }] = await Promise.all([import('../app/analyse.js'), import('../generate/check-report.js')]);
  const analysis = await analyseWorkspace(dir, ctx.t, ctx.cwd);
  // An invalid workspace is reported exactly as `dxplan validate` reports it.
  if (isInvalid(analysis)) return reportProblems(ctx, analysis.dir, analysis.problems, format);
  if (analysis.glossaryProblems.length > 0) ctx.stderr.write(`dxplan: ${ctx.t('check.glossaryBroken')}\n`);
  const ws = analysis.ws;
  const report = sayReport(analysis, ctx.locale);
  const scores = scoresJson(analysis.plan, ctx.locale);
  // Canvas order first, so the text output reads like the workshop; then compiler order within a file.
  const fileOrder = (file: string) => {
    const i = WORKSPACE_FILES.findIndex((f) => f.path === file);
    return i < 0 ? WORKSPACE_FILES.length : i;
  };
  report.findings.sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || compareProblems(a, b));

  const printed = toPrinted(ctx, analysis.dir, report.findings);
  const counts = countBySeverity(printed);
  const failed = counts.errors > 0 || (strict && counts.warnings > 0);
  if (format === 'json') {
    const summary = { ...counts, strict, passed: !failed };
    // `guide`: where the methodology guide (in the package) explains the finding or the advice.
    const findings = printed.map((p) => ({ ...p, guide: guideLink(ctx.locale, ruleAnchor(p.rule)) }));
    const recommendations = report.recommendations.map((r) => ({ ...r, guide: guideLink(ctx.locale, r.guide) }));
    ctx.stdout.write(`${jsonTerminalSafe(JSON.stringify({ findings, scores, recommendations, summary }, null, 2))}\n`);
  } else {
    const byFile = new Map<string, string>();
    report.findings.forEach((f, i) => byFile.set(printed[i]!.file, groupTitle(ctx, f.file)));
    printText(ctx, printed, byFile, report, scores, ws.model, strict, failed);
  }
  return failed ? EXIT.failed : EXIT.ok;
}
