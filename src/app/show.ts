// `dxplan show [canvas] [dir]`: a canvas as tables in the terminal, sized to the terminal and
// correct for Chinese text (wide characters take two columns).
import { CANVAS_IDS } from '../domain/canvas-ids.js';
import { closest } from '../shared/did-you-mean.js';
import type { CanvasId } from '../domain/canvas-ids.js';
import { isLocale, translator } from '../i18n/index.js';
import type { Locale } from '../shared/locale.js';
import { reportProblems } from './print-problems.js';
import { colorEnabled } from './colors.js';
import { terminalSafe, terminalSafeDeep } from '../shared/terminal-safe.js';
import { workspaceContext, type AppContext, type GlobalOptions, type Io } from './context.js';
import { terminalWidth } from './terminal-width.js';
import { EXIT, ExitError } from './exit-codes.js';

/** Runs `dxplan show`: `show [canvas] [dir]`, or a folder alone (see show-arguments.ts). */
export async function runShowCommand(io: Io, args: (string | undefined)[], options: GlobalOptions): Promise<number> {
  const { showTarget } = await import('./show-arguments.js');
  const target = await showTarget(args, io.cwd);
  if ('neither' in target) {
    const ctx = await workspaceContext(io, options, '.');
    const named = ctx.t('show.neitherCanvasNorFolder', { name: terminalSafe(target.neither), allowed: CANVAS_IDS.join(', ') });
    ctx.stderr.write(`dxplan: ${named}${target.suggestion ? ctx.t('cli.err.didYouMean', { suggestion: target.suggestion }) : ''}\n`);
    return EXIT.invalid;
  }
  return show(await workspaceContext(io, options, target.dir), target.canvas, target.dir, options.lang);
}

/** Prints the tables of one canvas and resolves to the exit code: 2 for an unknown canvas or an invalid workspace. */
export async function show(ctx: AppContext, canvas: string, dir: string, lang?: string): Promise<number> {
  try {
    return await showOrExit(ctx, canvas, dir, lang);
  } catch (error) {
    if (error instanceof ExitError) return error.code;
    throw error;
  }
}

/** Prints the tables; throws ExitError once a problem has been reported. */
async function showOrExit(ctx: AppContext, canvas: string, dir: string, lang?: string): Promise<number> {
  if (!(CANVAS_IDS as readonly string[]).includes(canvas)) {
    const guess = closest(canvas, CANVAS_IDS);
    ctx.stderr.write(`dxplan: ${ctx.t('show.unknownCanvas', { canvas: terminalSafe(canvas), allowed: CANVAS_IDS.join(', ') })}${guess ? ctx.t('cli.err.didYouMean', { suggestion: guess }) : ''}\n`);
    return EXIT.invalid;
  }
  const [{ analyseWorkspace, isInvalid, labelsIn }, { canvasTables }, { renderTables }] = await Promise.all([
    import('../app/analyse.js'),
    import('../generate/canvas-tables.js'),
    import('../generate/text-table.js'),
  ]);
  const analysis = await analyseWorkspace(dir, ctx.t, ctx.cwd);
  // Exactly what `dxplan validate` prints for an invalid workspace.
  if (isInvalid(analysis)) return reportProblems(ctx, analysis.dir, analysis.problems, 'text');
  const locale: Locale = isLocale(lang) ? lang : analysis.ws.manifest.locale;
  // Cells hold the user's text: line breaks kept, control characters shown, never obeyed.
  const tables = terminalSafeDeep(canvasTables(canvas as CanvasId, analysis.plan, { t: translator(locale), label: labelsIn(analysis.glossary, locale), locale }), { multiline: true });
  // The terminal's width; 120 when output goes to a file or pipe and COLUMNS does not say.
  const width = terminalWidth(ctx, 120);
  ctx.stdout.write(`${renderTables(tables, { width, color: colorEnabled(ctx.stdout, ctx.env), empty: ctx.t('show.empty', { canvas }) })}\n`);
  return EXIT.ok;
}
