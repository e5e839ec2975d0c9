// The tables shown when a canvas is done: what was just entered, in the user's language, so the
// room can read it off the projector before moving on. The same builder as `dxplan show`, over the
// parts of the plan that are valid so far.
import type { CanvasId } from '../domain/canvas-ids.js';
import type { GlossaryLookup } from '../domain/glossary.js';
import type { PlanParts } from '../domain/model/index.js';
import { canvasTables } from '../generate/canvas-tables.js';
import { terminalSafeDeep } from '../shared/terminal-safe.js';
import { renderTables } from '../generate/text-table.js';
import type { Translator } from '../i18n/index.js';

/** The summary tables of one canvas, without colour codes so they read the same on a projector, in a log or a file. */
export function summarize(canvas: CanvasId, parts: PlanParts, t: Translator, glossary: GlossaryLookup, width: number): string {
  // Cells are the user's answers: line breaks kept, control characters shown, never obeyed.
  const tables = terminalSafeDeep(canvasTables(canvas, parts, { t, locale: t.locale, label: (key) => glossary.label(key, t.locale) }), { multiline: true });
  return renderTables(tables, { width, color: false });
}
