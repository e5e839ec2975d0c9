// The workbook (`--render xlsx`) as data: one sheet per table a consultant reworks in Excel or
// WPS, in the plan's language. The writer in render/ only lays it out; nothing here touches a file.
import type { Translator } from '../../i18n/index.js';
import type { PlanView } from '../plan-view.js';
import { textWidth } from '../text-width.js';
import { documentMeta, type DocumentMeta } from './document-meta.js';

/** A cell: text, a number, or empty. */
export type CellValue = string | number | null;

/** One sheet: a header row (frozen, filtered), its rows, and column widths in characters. */
export interface SheetSpec {
  name: string;
  columns: { header: string; width: number }[];
  rows: CellValue[][];
}

/** The workbook: its metadata and its sheets, in order. */
export interface WorkbookSpec {
  meta: DocumentMeta;
  sheets: SheetSpec[];
}

/** Widest line a column is sized to (in terminal columns, CJK counting two), and the narrowest. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 8;

/** A sheet with each column as wide as its longest line (header included), within bounds. */
function sheet(name: string, headers: string[], rows: CellValue[][]): SheetSpec {
  const widths = headers.map((h, i) => {
    const lines = [h, ...rows.map((r) => String(r[i] ?? ''))].flatMap((text) => text.split('\n'));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...lines.map((l) => textWidth(l) + 2)));
  });
  return { name, columns: headers.map((header, i) => ({ header, width: widths[i]! })), rows };
}

/** The roles of a crossing as lines of "role: activity". */
const rolesText = (t: Translator, roles: { name: string; activity: string }[]) => roles.map((r) => t('doc.roleActivity', { role: r.name, activity: r.activity })).join('\n');

/** The workbook of a plan: feature table, board, roles, goals, assessment, schedule. */
export function workbookSpec(view: PlanView, t: Translator): WorkbookSpec {
  const features = sheet(
    t('doc.sheet.features'),
    [t('doc.col.goal'), t('doc.col.phase'), t('doc.col.function'), t('doc.col.category'), t('doc.col.module'), t('doc.col.rolesActivities'), 'goal_id', 'function_id'],
    view.rows.map((r) => [r.goal ? r.goal.name : t('doc.featureTable.noGoal'), r.goal ? r.goal.phase : null, r.function.name, r.function.categoryLabel, r.function.moduleLabel, r.rolesText, r.goal?.id ?? null, r.function.id]),
  );
  // The whole board on one sheet: every goal a column (a spreadsheet scrolls; it needs no parts).
  const goals = view.board.parts.flatMap((p) => p.goals);
  const boardRows = new Map<string, CellValue[]>();
  let offset = 0;
  for (const part of view.board.parts) {
    for (const row of part.rows) {
      const cells = boardRows.get(row.function.id) ?? [row.function.name, ...goals.map(() => null)];
      row.cells.forEach((cell, i) => {
        if (cell) cells[1 + offset + i] = cell.roles.length ? rolesText(t, cell.roles) : t('doc.board.noRole');
      });
      boardRows.set(row.function.id, cells);
    }
    offset += part.goals.length;
  }
  const order = new Map(view.functions.map((f, i) => [f.id, i]));
  const board = sheet(
    t('doc.sheet.board'),
    [t('doc.col.function'), ...goals.map((g) => `${g.name} (${t('doc.col.phase')} ${g.phase})`)],
    [...boardRows].sort(([a], [b]) => order.get(a)! - order.get(b)!).map(([, cells]) => cells),
  );
  const roles = sheet(t('doc.sheet.roles'), [t('doc.col.role'), t('doc.col.kind'), t('doc.col.responsibility'), 'role_id'], view.roles.map((r) => [r.name, r.kindLabel, r.responsibility, r.id]));
  const goalSheet = sheet(
    t('doc.sheet.goals'),
    [t('doc.col.goal'), t('doc.col.phase'), t('doc.col.description'), t('doc.col.functionCount'), 'goal_id'],
    view.goals.map((g) => [g.name, g.phase, g.description, g.functionCount, g.id]),
  );
  const assessment = sheet(
    t('doc.sheet.assessment'),
    [t('doc.col.facet'), t('doc.assessment.current'), t('doc.assessment.target'), t('doc.assessment.gap'), t('doc.col.weight'), t('doc.assessment.currentLevel'), t('doc.assessment.targetLevel'), t('doc.assessment.recommendations')],
    view.assessment.facets.map((f) => [f.name, f.current, f.target, f.gap, f.weight, f.currentLevel, f.targetLevel, f.recommendations.join('\n')]),
  );
  const schedule = sheet(
    t('doc.sheet.schedule'),
    ['#', t('doc.col.phase'), t('doc.col.weeks'), t('doc.col.start'), t('doc.col.end'), t('doc.col.owner')],
    view.launch.phases.map((p, i) => [i + 1, p.label, p.weeks, p.start ?? t('doc.launch.week', { week: p.fromWeek }), p.end ?? t('doc.launch.week', { week: p.toWeek }), p.owner ?? null]),
  );
  return { meta: documentMeta(view, t('doc.plan.subtitle')), sheets: [features, board, roles, goalSheet, assessment, schedule] };
}
