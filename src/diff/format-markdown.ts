// A PlanDiff as a pull-request comment: the headline and a before/after table first, details folded
// in <details>. User text is escaped, so a plan cannot inject links, HTML or mentions into the comment.
import type { Locale } from '../domain/enums.js';
import { escapeHtml } from '../generate/escape/html.js';
import { markdownCell, markdownInline } from '../generate/escape/markdown-cell.js';
import type { Translator } from '../i18n/index.js';
import { moved } from './compare-scores.js';
import { canvasTitle, clean, isEmpty, itemTitle, lineStats, listSeparator, num, showMetric, showValue, summaryLine, unreadable } from './format-common.js';
import type { ItemChange, PlanDiff, SideReport } from './plan-diff.js';
import type { SideFinding } from './plan-side.js';

/** First line of every dxplan diff comment: the CI job finds its own comment by it and updates it. */
export const MARKDOWN_MARKER = '<!-- dxplan-diff -->';

/** Longest list shown in one folded section; GitHub comments hold at most 65,536 characters. */
const MAX_LIST = 150;

/** Inline code that stays code whatever backticks the text holds. */
export function codeSpan(text: string): string {
  const value = clean(text);
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** Breaks `@name` so a plan's text cannot mention (notify) people, the way Renovate does it. */
const noMention = (text: string): string => text.replace(/@/g, '@&#8203;');

/** User text as literal Markdown. */
const md = (text: string): string => noMention(markdownInline(clean(text)));

/** Text inside an HTML element (a <summary>), where Markdown is not read. */
const html = (text: string): string => noMention(escapeHtml(clean(text)));

/** A folded section. */
const details = (summary: string, body: string[]): string[] => ['<details>', `<summary>${html(summary)}</summary>`, '', ...body, '', '</details>', ''];

/** At most MAX_LIST lines, then how many more there are. */
function capped(lines: string[], t: Translator): string[] {
  return lines.length <= MAX_LIST ? lines : [...lines.slice(0, MAX_LIST), `- ${t('diff.md.more', { count: lines.length - MAX_LIST })}`];
}

/** A finding as a list entry. */
const findingItem = (f: SideFinding): string => `- **${f.severity}** ${codeSpan(f.rule)} ${md(f.message)} — ${codeSpan(`${f.shown}:${f.line}:${f.col}`)}`;

/** The notes about a side that could not be read in full. */
function sideNotes(side: SideReport, t: Translator): string[] {
  const out: string[] = [];
  for (const fv of side.futureVersions) out.push(`> **${md(t('diff.side.future', { side: side.label, file: fv.file, version: fv.version, supported: fv.supported }))}**`, '');
  if (side.status === 'invalid') {
    out.push(`> ${md(t('diff.side.invalid', { side: side.label, count: side.problems.length }))}`, '');
    out.push(...details(t('diff.md.problems', { side: side.label, count: side.problems.length }), capped(side.problems.map(findingItem), t)));
  }
  if (side.documentsError) out.push(`> ${md(t('diff.side.documentsFailed', { side: side.label, detail: side.documentsError }))}`, '');
  return out;
}

/** An item change as a list entry, with its fields nested below. */
function itemEntry(item: ItemChange, t: Translator): string[] {
  const head = `- **${t(`diff.change.${item.change}`)}** ${md(itemTitle(item, t))}`;
  const rename = item.renamed ? ` — ${md(t('diff.renamed', { before: showValue(item.renamed.before, t), after: showValue(item.renamed.after, t) }))}` : '';
  return [head + rename, ...item.fields.map((f) => `  - ${codeSpan(f.path)}: ${md(showValue(f.before, t))} → ${md(showValue(f.after, t))}`)];
}

/** The before/after table of the headline numbers. */
function scoreTable(diff: PlanDiff, t: Translator): string[] {
  const s = diff.scores!;
  const ov = s.assessment.overall;
  const cov = s.coverage;
  const rows: [string, string, string][] = [
    [t('diff.md.northStar'), showMetric(s.northStar.chosen.before, t), showMetric(s.northStar.chosen.after, t)],
    [t('diff.md.assessment', { model: s.assessment.modelName.after, max: num(ov.max.after) }), `${num(ov.current.before)} → ${num(ov.target.before)}`, `${num(ov.current.after)} → ${num(ov.target.after)}`],
    [
      t('diff.md.coverage'),
      t('diff.md.coverageValue', { complete: cov.complete.before, goals: cov.goals.before, share: Math.round(cov.share.before * 100) }),
      t('diff.md.coverageValue', { complete: cov.complete.after, goals: cov.goals.after, share: Math.round(cov.share.after * 100) }),
    ],
  ];
  if (diff.findings) rows.push([t('diff.md.findingsRow'), t('diff.findings.counts', { ...diff.findings.before }), t('diff.findings.counts', { ...diff.findings.after })]);
  return [`| | ${t('diff.md.before')} | ${t('diff.md.after')} |`, '| --- | --- | --- |', ...rows.map((r) => `| ${r.map((cell) => noMention(markdownCell(clean(cell)))).join(' | ')} |`), ''];
}

/** Score lines that moved, for the folded detail. */
function scoreDetail(diff: PlanDiff, t: Translator): string[] {
  const s = diff.scores!;
  const lines: string[] = [];
  if (moved(s.northStar.best)) lines.push(t('diff.scores.best', { before: showMetric(s.northStar.best.before, t), after: showMetric(s.northStar.best.after, t) }));
  for (const f of s.assessment.facets.filter((x) => moved(x.current) || moved(x.target))) {
    lines.push(t('diff.scores.facet', { facet: f.name, currentBefore: num(f.current.before), currentAfter: num(f.current.after), targetBefore: num(f.target.before), targetAfter: num(f.target.after) }));
  }
  const cov = s.coverage;
  if (moved(cov.withBusiness) || moved(cov.withOperations) || moved(cov.withData)) {
    lines.push(t('diff.scores.coverageBy', { businessBefore: cov.withBusiness.before, businessAfter: cov.withBusiness.after, operationsBefore: cov.withOperations.before, operationsAfter: cov.withOperations.after, dataBefore: cov.withData.before, dataAfter: cov.withData.after }));
  }
  return lines.map((l) => `- ${md(l)}`);
}

/** The whole diff as a GitHub-flavoured Markdown comment, ending with a newline. */
export function formatMarkdown(diff: PlanDiff, t: Translator, locale: Locale): string {
  const out: string[] = [MARKDOWN_MARKER, `### ${md(t('diff.title', { base: diff.base.label, head: diff.head.label }))}`, ''];
  if (!unreadable(diff)) out.push(`**${md(isEmpty(diff) && diff.summary.complete ? t('diff.noChange') : summaryLine(diff, t))}**`, '');
  if (isEmpty(diff) && diff.summary.complete) return `${out.join('\n').trimEnd()}\n`;
  for (const side of [diff.base, diff.head]) out.push(...sideNotes(side, t));
  if (diff.uncompared.length > 0 && !unreadable(diff)) out.push(md(t('diff.uncompared', { canvases: diff.uncompared.map((k) => canvasTitle(k, t)).join(listSeparator(locale)) })), '');
  if (diff.scores) out.push(...scoreTable(diff, t));

  const items = diff.canvases.reduce((n, c) => n + c.items.length, 0);
  if (items > 0) {
    const body: string[] = [];
    for (const canvas of diff.canvases) body.push(`#### ${md(canvasTitle(canvas.canvas, t))}`, '', ...capped(canvas.items.flatMap((i) => itemEntry(i, t)), t), '');
    out.push(...details(t('diff.md.items', { count: items }), body.slice(0, -1)));
  }
  const scoreLines = diff.scores ? scoreDetail(diff, t) : [];
  if (scoreLines.length > 0) out.push(...details(t('diff.md.scores'), scoreLines));
  const f = diff.findings;
  if (f && f.added.length + f.resolved.length > 0) {
    const body = [
      ...f.added.map((x) => `${findingItem(x)} (${t('diff.findings.new')})`),
      ...f.resolved.map((x) => `${findingItem(x)} (${t('diff.findings.resolved')})`),
    ];
    out.push(...details(t('diff.md.findings', { added: f.added.length, resolved: f.resolved.length }), capped(body, t)));
  }
  const d = diff.documents;
  if (d && d.added.length + d.removed.length + d.changed.length > 0) {
    const body = [
      ...d.added.map((p) => `- **${t('diff.change.added')}** ${codeSpan(p)}`),
      ...d.removed.map((p) => `- **${t('diff.change.removed')}** ${codeSpan(p)}`),
      ...d.changed.map((c) => `- **${t('diff.change.changed')}** ${codeSpan(c.path)} (${lineStats(c, t)})`),
    ];
    out.push(...details(t('diff.md.documents', { count: d.added.length + d.removed.length + d.changed.length }), capped(body, t)));
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
