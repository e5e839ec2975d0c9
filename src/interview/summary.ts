// The tables shown when a canvas is done, and the board shown while the business architecture
// grows: in the user's language, fitted to the terminal, from the one table builder of `dxplan
// show`, so the room reads the same thing off the projector as show prints.
import type { CanvasId } from '../domain/canvas-ids.js';
import type { GlossaryLookup } from '../domain/glossary.js';
import type { PlanParts } from '../domain/model/index.js';
import { derivePartialBusiness } from '../domain/model/partial-business.js';
import { boardTable, canvasTables } from '../generate/canvas-tables.js';
import { terminalSafeDeep } from '../shared/terminal-safe.js';
import { renderTables } from '../generate/text-table.js';
import type { Translator } from '../i18n/index.js';
import { isExampleItem } from './placeholder.js';

/** The summary tables of one canvas, without colour codes so they read the same on a projector, in a log or a file. */
export function summarize(canvas: CanvasId, parts: PlanParts, t: Translator, glossary: GlossaryLookup, width: number): string {
  // Cells are the user's answers: line breaks kept, control characters shown, never obeyed.
  const tables = terminalSafeDeep(canvasTables(canvas, parts, { t, locale: t.locale, label: (key) => glossary.label(key, t.locale) }), { multiline: true });
  return renderTables(tables, { width, color: false });
}

/**
 * The board of a business-architecture canvas as it stands (possibly half filled in): goals
 * across, functions down, the roles at each crossing. Undefined while it has no goal yet.
 */
export function boardScreen(data: unknown, t: Translator, glossary: GlossaryLookup, width: number): string | undefined {
  // The starter file's examples are not on the board: they are nobody's answers.
  const record = (v: unknown) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const raw = record(data);
  const real = (list: unknown) => (Array.isArray(list) ? list.filter((item) => !isExampleItem(item)) : []);
  const { board } = derivePartialBusiness({ ...raw, goals: real(raw.goals), functions: real(raw.functions), roles: real(raw.roles) });
  if (board.goals.length === 0) return undefined;
  const table = terminalSafeDeep(boardTable(board, { t, locale: t.locale, label: (key) => glossary.label(key, t.locale) }, { activities: false }), { multiline: true });
  return renderTables([table], { width, color: false, empty: t('iv.board.empty') });
}
