// A PlanDiff for the terminal: grouped by canvas, coloured (+ green, - red, ~ yellow) when colour is on.
import type { ChalkInstance } from 'chalk';
import type { Locale } from '../domain/enums.js';
import type { Translator } from '../i18n/index.js';
import { moved } from './compare-scores.js';
import { canvasTitle, clean, isEmpty, itemTitle, lineStats, listSeparator, num, showMetric, showValue, summaryLine, unreadable } from './format-common.js';
import type { ItemChange, PlanDiff, SideReport } from './plan-diff.js';
import type { SideFinding } from './plan-side.js';

/** What the text view needs besides the diff. */
export interface TextOptions {
  t: Translator;
  locale: Locale;
  /** A chalk instance (level 0 when colour is off). */
  color: ChalkInstance;
  /** Only the title and the summary line. */
  quiet?: boolean;
}

/** One finding as a compiler-style line. */
function findingLine(f: SideFinding, sign: string, o: TextOptions): string {
  const c = o.color;
  const sev = f.severity === 'error' ? c.red(f.severity) : f.severity === 'warning' ? c.yellow(f.severity) : c.cyan(f.severity);
  return `  ${sign} ${c.bold(`${clean(f.shown)}:${f.line}:${f.col}`)}  ${sev}  ${c.dim(f.rule)}  ${clean(f.message)}`;
}

/** The notes about a side that could not be read in full. */
function sideLines(side: SideReport, o: TextOptions): string[] {
  const { t, color: c } = o;
  const lines: string[] = [];
  for (const fv of side.futureVersions) lines.push(c.red(t('diff.side.future', { side: clean(side.label), file: clean(fv.file), version: fv.version, supported: fv.supported })));
  if (side.status === 'invalid') {
    lines.push(c.yellow(t('diff.side.invalid', { side: clean(side.label), count: side.problems.length })));
    for (const p of side.problems) {
      lines.push(findingLine(p, ' ', o));
      if (p.hint) lines.push(`      ${c.dim(`${t('cli.hint')}${clean(p.hint)}`)}`);
    }
  }
  if (side.documentsError) lines.push(c.yellow(t('diff.side.documentsFailed', { side: clean(side.label), detail: clean(side.documentsError) })));
  return lines;
}

/** An item change as a line, with its changed fields below it. */
function itemLines(item: ItemChange, o: TextOptions): string[] {
  const { t, color: c } = o;
  const title = itemTitle(item, t);
  if (item.change === 'added') return [c.green(`  + ${title}`)];
  if (item.change === 'removed') return [c.red(`  - ${title}`)];
  const rename = item.renamed ? `  ${t('diff.renamed', { before: showValue(item.renamed.before, t), after: showValue(item.renamed.after, t) })}` : '';
  return [c.yellow(`  ~ ${title}`) + rename, ...item.fields.map((f) => `      ${clean(f.path)}: ${showValue(f.before, t)} ${c.dim('→')} ${showValue(f.after, t)}`)];
}

/** The score lines that moved. */
function scoreLines(diff: PlanDiff, o: TextOptions): string[] {
  const { t } = o;
  const s = diff.scores!;
  const lines: string[] = [];
  if (moved(s.northStar.chosen)) lines.push(`  ${t('diff.scores.northStar', { before: showMetric(s.northStar.chosen.before, t), after: showMetric(s.northStar.chosen.after, t) })}`);
  if (moved(s.northStar.best)) lines.push(`  ${t('diff.scores.best', { before: showMetric(s.northStar.best.before, t), after: showMetric(s.northStar.best.after, t) })}`);
  const facets = s.assessment.facets.filter((f) => moved(f.current) || moved(f.target));
  const ov = s.assessment.overall;
  if (facets.length > 0 || moved(ov.current) || moved(ov.target)) {
    lines.push(
      `  ${t('diff.scores.overall', { model: clean(s.assessment.modelName.after), currentBefore: num(ov.current.before), currentAfter: num(ov.current.after), targetBefore: num(ov.target.before), targetAfter: num(ov.target.after), max: num(ov.max.after) })}`,
    );
    for (const f of facets) {
      lines.push(`    ${t('diff.scores.facet', { facet: clean(f.name), currentBefore: num(f.current.before), currentAfter: num(f.current.after), targetBefore: num(f.target.before), targetAfter: num(f.target.after) })}`);
    }
  }
  const cov = s.coverage;
  if (moved(cov.complete) || moved(cov.goals)) {
    lines.push(`  ${t('diff.scores.coverage', { completeBefore: cov.complete.before, goalsBefore: cov.goals.before, shareBefore: Math.round(cov.share.before * 100), completeAfter: cov.complete.after, goalsAfter: cov.goals.after, shareAfter: Math.round(cov.share.after * 100) })}`);
  }
  if (moved(cov.withBusiness) || moved(cov.withOperations) || moved(cov.withData)) {
    lines.push(`    ${t('diff.scores.coverageBy', { businessBefore: cov.withBusiness.before, businessAfter: cov.withBusiness.after, operationsBefore: cov.withOperations.before, operationsAfter: cov.withOperations.after, dataBefore: cov.withData.before, dataAfter: cov.withData.after })}`);
  }
  return lines.length > 0 ? lines : [`  ${t('diff.scores.unchanged')}`];
}

/** The whole diff as terminal text, ending with a newline. */
export function formatText(diff: PlanDiff, o: TextOptions): string {
  const { t, color: c } = o;
  const out: string[] = [c.bold(t('diff.title', { base: clean(diff.base.label), head: clean(diff.head.label) }))];
  // A side in a newer format: that is all there is to say.
  if (unreadable(diff)) return `${[...out, ...[diff.base, diff.head].flatMap((side) => sideLines(side, o))].join('\n')}\n`;
  out.push(isEmpty(diff) && diff.summary.complete ? c.green(t('diff.noChange')) : summaryLine(diff, t));
  // Nothing changed: the one line says it all.
  if (o.quiet || (isEmpty(diff) && diff.summary.complete)) return `${out.join('\n')}\n`;
  for (const side of [diff.base, diff.head]) out.push(...sideLines(side, o));
  if (diff.uncompared.length > 0) out.push(c.dim(t('diff.uncompared', { canvases: diff.uncompared.map((k) => canvasTitle(k, t)).join(listSeparator(o.locale)) })));

  if (diff.canvases.length > 0) {
    out.push('', c.bold.underline(t('diff.section.items')));
    for (const canvas of diff.canvases) {
      out.push(c.bold(canvasTitle(canvas.canvas, t)));
      for (const item of canvas.items) out.push(...itemLines(item, o));
    }
  }
  if (diff.scores) out.push('', c.bold.underline(t('diff.section.scores')), ...scoreLines(diff, o));
  if (diff.findings) {
    const f = diff.findings;
    out.push('', c.bold.underline(t('diff.section.findings')));
    if (f.added.length + f.resolved.length === 0) out.push(`  ${t('diff.findings.none')}`);
    for (const finding of f.added) out.push(`${findingLine(finding, c.red('+'), o)}  ${c.dim(`[${t('diff.findings.new')}]`)}`);
    for (const finding of f.resolved) out.push(`${findingLine(finding, c.green('-'), o)}  ${c.dim(`[${t('diff.findings.resolved')}]`)}`);
    out.push(c.dim(`  ${t('diff.findings.counts', { ...f.before })} → ${t('diff.findings.counts', { ...f.after })}`));
  }
  if (diff.documents) {
    const d = diff.documents;
    out.push('', c.bold.underline(t('diff.section.documents')));
    if (d.added.length + d.removed.length + d.changed.length === 0) out.push(`  ${t('diff.documents.none')}`);
    for (const path of d.added) out.push(c.green(`  + ${clean(path)}`));
    for (const path of d.removed) out.push(c.red(`  - ${clean(path)}`));
    for (const ch of d.changed) out.push(`${c.yellow(`  ~ ${clean(ch.path)}`)}  ${c.dim(lineStats(ch, t))}`);
  }
  return `${out.join('\n')}\n`;
}
