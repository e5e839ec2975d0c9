// Wording shared by the text and Markdown views of a PlanDiff: values, item names, the summary line.
import type { Locale } from '../domain/enums.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { scoresMoved } from './compare-scores.js';
import type { ItemChange, MetricRef, PlanDiff } from './plan-diff.js';

/** Longest value shown in full; longer ones are cut with an ellipsis (JSON keeps them whole). */
const MAX_VALUE = 80;

/** User text with control characters shown as escapes, never sent raw to a terminal or a comment. */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Cuts long text to `max` characters. */
export const shorten = (text: string, max = MAX_VALUE): string => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

/** A field value as one short line: strings quoted, lists bracketed, a missing value named. */
export function showValue(value: unknown, t: Translator): string {
  if (value === null || value === undefined) return t('diff.value.none');
  if (typeof value === 'string') return `"${shorten(clean(value))}"`;
  if (Array.isArray(value)) return shorten(`[${value.map((v) => (typeof v === 'string' ? clean(v) : String(v))).join(', ')}]`);
  return clean(String(value));
}

/** The collection's singular noun, e.g. "goal". */
export const collectionName = (collection: string, t: Translator): string => t(`diff.collection.${collection}` as MessageKey);

/** An item as the reader knows it: kind, name and id. */
export function itemTitle(item: Pick<ItemChange, 'collection' | 'id' | 'name'>, t: Translator): string {
  const collection = collectionName(item.collection, t);
  if (item.collection === 'settings') return collection;
  return item.name !== undefined
    ? t('diff.item.named', { collection, name: shorten(clean(item.name)), id: clean(item.id) })
    : t('diff.item.plain', { collection, id: clean(item.id) });
}

/** A number without float noise (2, 2.5, 3.17). */
export const num = (n: number | null): string => (n === null ? '–' : String(Math.round(n * 100) / 100));

/** A north-star metric with its score, or "none chosen". */
export const showMetric = (m: MetricRef | null, t: Translator): string =>
  m ? t('diff.scores.metric', { name: shorten(clean(m.name)), id: m.id, score: num(m.score), max: num(m.max) }) : t('diff.scores.noMetric');

/** The list separator of a locale. */
export const listSeparator = (locale: Locale): string => (locale === 'en' ? ', ' : '、');

/** True when the diff found nothing at all to report. */
export function isEmpty(diff: PlanDiff): boolean {
  const s = diff.summary;
  if (diff.base.documentsError || diff.head.documentsError) return false;
  return s.itemsAdded + s.itemsRemoved + s.itemsChanged + s.findingsAdded + s.findingsResolved + s.documentsChanged === 0 && !(diff.scores && scoresMoved(diff.scores));
}

/** The headline: items, findings and documents in one line. */
export function summaryLine(diff: PlanDiff, t: Translator): string {
  const s = diff.summary;
  const parts = [t('diff.summary.items', { added: s.itemsAdded, removed: s.itemsRemoved, changed: s.itemsChanged })];
  if (diff.findings) parts.push(t('diff.summary.findings', { added: s.findingsAdded, errors: s.newErrors, resolved: s.findingsResolved }));
  if (diff.documents) parts.push(t('diff.summary.documents', { count: s.documentsChanged }));
  return parts.join(t('diff.summary.separator'));
}

/** The name of a canvas (its group title in `dxplan check`). */
export const canvasTitle = (canvas: string, t: Translator): string => t(`check.group.${canvas}` as MessageKey);

/** How much of a document changed: lines added and removed, or that only their order moved. */
export const lineStats = (c: { linesAdded: number; linesRemoved: number }, t: Translator): string =>
  c.linesAdded + c.linesRemoved === 0 ? t('diff.documents.reordered') : `+${c.linesAdded} −${c.linesRemoved}`;

/** True when a side could not be read at all (a newer format): nothing else is worth saying. */
export const unreadable = (diff: PlanDiff): boolean => diff.base.status === 'future-version' || diff.head.status === 'future-version';
