// The slide deck (`--render pptx`) as data: the slides a consultant presents, in the plan's
// language, with the diagrams named by their `.mmd` path (the writer puts their pictures in).
import type { Translator } from '../../i18n/index.js';
import type { DocumentContext } from '../document-context.js';
import { textWidth } from '../text-width.js';
import { documentMeta, type DocumentMeta } from './document-meta.js';

/** A bullet of a text slide; level 1 is indented under the one before. */
export interface Bullet {
  text: string;
  level: 0 | 1;
}

/** One slide. Tables are plain text cells (a cell may hold line breaks); pictures name a diagram. */
export type SlideSpec =
  | { kind: 'cover'; title: string; subtitle: string; lines: string[] }
  | { kind: 'bullets'; title: string; bullets: Bullet[] }
  | { kind: 'table'; title: string; head: string[]; rows: string[][]; widths: number[]; fontSize: number }
  | { kind: 'picture'; title: string; diagram: string; note: string | null };

/** The deck: its metadata, the fonts for Latin and East-Asian text, and its slides in order. */
export interface DeckSpec {
  meta: DocumentMeta;
  fonts: { latin: string; eastAsian: string };
  slides: SlideSpec[];
}

/** Fonts PowerPoint and WPS have on Windows and macOS (substituted alike elsewhere), per language. */
export const DECK_FONTS = {
  en: { latin: 'Calibri', eastAsian: 'Microsoft YaHei' },
  'zh-CN': { latin: 'Microsoft YaHei', eastAsian: 'Microsoft YaHei' },
  'zh-TW': { latin: 'Microsoft JhengHei', eastAsian: 'Microsoft JhengHei' },
} as const;

/** The frame a table fills on a 16:9 slide, in inches (below the title, above the footer). */
export const TABLE_FRAME = { width: 12.33, height: 5.5 } as const;

/** Terminal columns (a CJK character counts two) that fit in `inches` at `fontSize` points. */
const columnsIn = (inches: number, fontSize: number) => Math.max(4, Math.floor((inches * 72) / (fontSize * 0.55)) - 2);

/** How many lines a row takes when its cells wrap in columns of the given widths (inches). */
function rowLines(row: readonly string[], inches: readonly number[], fontSize: number): number {
  return Math.max(
    1,
    ...row.map((cell, i) => cell.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / columnsIn(inches[i]!, fontSize))), 0)),
  );
}

/** Most advice items on the closing slide. */
export const TOP_ADVICE = 5;

/**
 * A table cut into slides that each fit the frame: rows are measured by how their cells wrap in
 * their columns, and a slide takes rows while their lines fit. Numbered when there are several.
 */
function tableSlides(title: string, head: string[], rows: string[][], widths: number[]): SlideSpec[] {
  const fontSize = head.length > 5 ? 9 : 12;
  const total = widths.reduce((a, b) => a + b, 0);
  const inches = widths.map((w) => (w / total) * TABLE_FRAME.width);
  // Lines of text the frame holds, less the header row; each row also pays for its cell padding.
  const budget = Math.floor((TABLE_FRAME.height * 72) / (fontSize * 1.2)) - rowLines(head, inches, fontSize) - 1;
  const pages: string[][][] = [];
  let page: string[][] = [];
  let used = 0;
  for (const row of rows) {
    const lines = rowLines(row, inches, fontSize) + 1;
    if (page.length > 0 && used + lines > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += lines;
  }
  pages.push(page);
  return pages.map((chunk, i) => ({ kind: 'table' as const, title: pages.length > 1 ? `${title} (${i + 1}/${pages.length})` : title, head, rows: chunk, widths, fontSize }));
}

/** The picture slides of the diagrams of one kind. */
const pictures = (ctx: DocumentContext, kind: string, note: string | null = null): SlideSpec[] =>
  (ctx.diagrams[kind] ?? []).map((d) => ({ kind: 'picture' as const, title: d.title, diagram: d.path, note }));

/**
 * The deck of a plan: cover, value positioning, the board, the north star, the diamond radar, the
 * roadmap, the launch timeline and the top advice.
 */
export function deckSpec(ctx: DocumentContext, t: Translator): DeckSpec {
  const colon = t('doc.colon');
  const slides: SlideSpec[] = [];
  const plan = ctx.plan;
  slides.push({
    kind: 'cover',
    title: plan.name,
    subtitle: `${t('doc.plan.subtitle')} · ${plan.organisation}`,
    lines: [
      ...(plan.workshop ? [`${t('doc.plan.workshop')}${colon}${plan.workshop}`] : []),
      `${t('doc.plan.version')}${colon}${plan.version}`,
    ],
  });

  // Value positioning: the three parties and what each gets.
  slides.push(
    ...tableSlides(
      t('doc.value.title'),
      [t('doc.col.party'), t('doc.value.coreValue'), t('doc.value.kind'), t('doc.value.measure')],
      ctx.value.parties.map((p) => [p.label, p.statement, p.kind, p.measure]),
      [2, 5, 2, 3],
    ),
  );
  slides.push(...pictures(ctx, 'value-network'));

  // The board, part by part, a few functions per slide.
  for (const part of ctx.board.parts) {
    const head = [t('doc.col.function'), ...part.goals.map((g) => g.name)];
    const rows = part.rows.map((r) => [
      r.function.name,
      ...r.cells.map((c) => (c ? (c.roles.length ? c.roles.map((x) => t('doc.roleActivity', { role: x.name, activity: x.activity })).join('\n') : t('doc.board.noRole')) : '')),
    ]);
    const title = part.count > 1 ? `${t('doc.board.title')} · ${t('doc.board.part', { index: part.index, count: part.count })}` : t('doc.board.title');
    slides.push(...tableSlides(title, head, rows, [2, ...part.goals.map(() => 3)]));
  }

  // North star: the chosen metric, its inputs, and the tree.
  const ns = ctx.northStar;
  slides.push({
    kind: 'bullets',
    title: t('doc.northStar.title'),
    bullets: ns.chosen
      ? [
          { text: `${t('doc.northStar.metric')}${colon}${ns.chosen.name}`, level: 0 },
          ...(ns.chosen.definition ? [{ text: ns.chosen.definition, level: 1 as const }] : []),
          { text: `${t('doc.northStar.score')}${colon}${ns.chosen.total} / 8`, level: 1 },
          ...(ns.inputs.length ? [{ text: t('doc.northStar.inputs'), level: 0 as const }] : []),
          ...ns.inputs.map((i) => ({ text: `${i.name}${i.target ? `${colon}${i.target}` : ''}`, level: 1 as const })),
        ]
      : [{ text: t('doc.northStar.none'), level: 0 }],
  });
  slides.push(...pictures(ctx, 'north-star-tree'));

  // The diamond radar, with the overall score and the weakest facet under it.
  const a = ctx.assessment;
  const summary = `${t('doc.plan.assessmentSummary', { model: a.model, current: a.overall.current, target: a.overall.target, max: a.overall.max })}${a.weakest ? ` ${t(a.weakestTied ? 'doc.assessment.weakestTied' : 'doc.assessment.weakest')}${colon}${a.weakest}` : ''}`;
  slides.push(...pictures(ctx, 'diamond-radar', summary));
  slides.push(...pictures(ctx, 'roadmap', ctx.launch.roadmap ? t('doc.launch.roadmapStage', { stage: ctx.launch.roadmap.currentLabel }) : null));

  // The launch timeline: the Gantt chart when there are dates, and the phases as a table.
  slides.push(...pictures(ctx, 'launch-gantt'));
  slides.push(
    ...tableSlides(
      t('doc.launch.title'),
      [t('doc.col.phase'), t('doc.col.weeks'), t('doc.col.start'), t('doc.col.end'), t('doc.col.owner')],
      ctx.launch.phases.map((p) => [p.label, String(p.weeks), p.start ?? t('doc.launch.week', { week: p.fromWeek }), p.end ?? t('doc.launch.week', { week: p.toWeek }), p.owner ?? '']),
      [4, 1, 2, 2, 3],
    ),
  );

  // The top advice: what to settle first, errors before warnings, then the assessment's advice.
  const advice = [...ctx.advice.map((x) => x.text), ...ctx.assessment.facets.flatMap((f) => f.recommendations), ...ctx.assessment.otherRecommendations];
  const unique = [...new Set(advice)];
  slides.push({
    kind: 'bullets',
    title: t('doc.deck.topAdvice'),
    bullets: unique.length
      ? [...unique.slice(0, TOP_ADVICE).map((text) => ({ text, level: 0 as const })), ...(unique.length > TOP_ADVICE ? [{ text: t('doc.deck.more', { count: unique.length - TOP_ADVICE }), level: 1 as const }] : [])]
      : [{ text: t('doc.advice.none'), level: 0 }],
  });

  const fonts = DECK_FONTS[ctx.locale as keyof typeof DECK_FONTS] ?? DECK_FONTS.en;
  return { meta: documentMeta(ctx, t('doc.plan.subtitle')), fonts: { ...fonts }, slides };
}
