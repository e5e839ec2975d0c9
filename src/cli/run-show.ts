// `dxplan show [canvas] [dir]`: a canvas as a table in the terminal, sized to the terminal and
// correct for Chinese text (wide characters take two columns).
import { CANVAS_IDS } from '../domain/canvas-ids.js';
import { closest } from '../domain/did-you-mean.js';
import type { PlanView } from '../generate/plan-view.js';
import { translator } from '../i18n/index.js';
import { colorEnabled } from './colors.js';
import { terminalSafe, terminalSafeDeep } from '../generate/escape/terminal.js';
import { workspaceContext, type CliContext, type GlobalOptions } from './context.js';
import { EXIT, ExitError } from './exit-codes.js';

/** A table to print: a title, column headings and rows of plain text (newlines allowed). */
interface ShowTable {
  title: string;
  head: string[];
  rows: string[][];
}

/** Runs `dxplan show`. */
export async function runShowCommand(args: (string | undefined)[], options: GlobalOptions): Promise<number> {
  const { showTarget } = await import('./show-arguments.js');
  const target = await showTarget(args, process.cwd());
  if ('neither' in target) {
    const ctx = await workspaceContext(options, '.');
    const named = ctx.t('show.neitherCanvasNorFolder', { name: terminalSafe(target.neither), allowed: CANVAS_IDS.join(', ') });
    ctx.stderr.write(`dxplan: ${named}${target.suggestion ? ctx.t('cli.err.didYouMean', { suggestion: target.suggestion }) : ''}\n`);
    return EXIT.invalid;
  }
  return show(await workspaceContext(options, target.dir), target.canvas, target.dir, options.lang);
}

/** Prints the tables of one canvas and resolves to the exit code: 2 for an unknown canvas or an invalid workspace. */
export async function show(ctx: CliContext, canvas: string, dir: string, lang?: string): Promise<number> {
  try {
    return await showOrExit(ctx, canvas, dir, lang);
  } catch (error) {
    if (error instanceof ExitError) return error.code;
    throw error;
  }
}

/** Prints the tables; throws ExitError once a problem has been reported. */
async function showOrExit(ctx: CliContext, canvas: string, dir: string, lang?: string): Promise<number> {
  if (!(CANVAS_IDS as readonly string[]).includes(canvas)) {
    const guess = closest(canvas, CANVAS_IDS);
    ctx.stderr.write(`dxplan: ${ctx.t('show.unknownCanvas', { canvas: terminalSafe(canvas), allowed: CANVAS_IDS.join(', ') })}${guess ? ctx.t('cli.err.didYouMean', { suggestion: guess }) : ''}\n`);
    return EXIT.invalid;
  }
  const { prepareBuild } = await import('./run-build.js');
  const { buildPlanView } = await import('../generate/plan-view.js');
  const prepared = await prepareBuild(ctx, dir, lang);
  const t = translator(prepared.options.locale);
  const view = buildPlanView(prepared.ws, prepared.report, prepared.options.label, t, prepared.options.locale);
  // Cells hold the user's text: line breaks kept, control characters shown, never obeyed.
  const tables = terminalSafeDeep(tablesFor(canvas, view, t), { multiline: true });
  const { default: Table } = await import('cli-table3');
  const { fitColumns, textWidth, wrapText } = await import('../generate/text-width.js');
  const color = colorEnabled(ctx.stdout, ctx.env);
  // The terminal's width; 120 when output goes to a file or pipe and COLUMNS does not say.
  const columns = Math.max(40, (ctx.stdout as { columns?: number }).columns || Number(ctx.env.COLUMNS) || 120);

  for (const [i, table] of tables.entries()) {
    if (i > 0) ctx.stdout.write('\n');
    ctx.stdout.write(`${table.title}\n`);
    if (table.rows.length === 0) {
      ctx.stdout.write(`${ctx.t('show.empty', { canvas })}\n`);
      continue;
    }
    // Borders and one space of padding each side take 3 columns per column, plus one.
    const available = columns - (3 * table.head.length + 1);
    const natural = table.head.map((h, c) => Math.max(textWidth(h), ...table.rows.map((r) => Math.max(0, ...(r[c] ?? '').split('\n').map(textWidth)))));
    const widths = fitColumns(natural, available);
    const out = new Table({
      head: table.head.map((h, c) => wrapText(h, widths[c]!).join('\n')),
      colWidths: widths.map((w) => w + 2),
      style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [], 'padding-left': 1, 'padding-right': 1 },
    });
    for (const row of table.rows) out.push(row.map((cell, c) => wrapText(cell, widths[c]!).join('\n')));
    ctx.stdout.write(`${out.toString()}\n`);
  }
  return EXIT.ok;
}

/** The tables that show one canvas. */
function tablesFor(canvas: string, view: PlanView, t: ReturnType<typeof translator>): ShowTable[] {
  const yesNo = (b: boolean) => t(b ? 'doc.yes' : 'doc.no');
  switch (canvas) {
    case 'value-positioning':
      return [
        {
          title: t('doc.value.title'),
          head: ['', t('doc.value.coreValue'), t('doc.value.kind'), t('doc.value.measure')],
          rows: view.value.parties.map((p) => [p.label, p.statement, p.kind, p.measure]),
        },
        {
          title: t('doc.value.keyResources'),
          head: [t('doc.col.resource'), t('doc.col.kind'), t('doc.col.description')],
          rows: view.value.keyResources.map((r) => [r.name, r.typeLabel, r.description ?? '']),
        },
      ];
    case 'north-star':
      return [
        {
          title: t('doc.northStar.candidates'),
          head: [t('doc.col.candidate'), ...view.northStar.criteria.map((c) => c.label), t('doc.col.total'), ''],
          rows: view.northStar.candidates.map((c) => [
            c.name,
            ...c.scores.map(String),
            String(c.total),
            [c.chosen ? t('doc.northStar.chosenMark') : '', c.best ? t('doc.northStar.bestMark') : ''].filter(Boolean).join(t('doc.listSeparator')),
          ]),
        },
        {
          title: t('doc.northStar.inputs'),
          head: [t('doc.col.input'), t('doc.col.kind'), t('doc.col.target'), t('doc.col.drives')],
          rows: view.northStar.inputs.map((i) => [i.name, i.kindLabel ?? '', i.target ?? '', i.drives]),
        },
      ];
    case 'assessment':
      return [
        {
          title: `${t('doc.assessment.title')}: ${view.assessment.model}`,
          head: [t('doc.col.facet'), t('doc.assessment.current'), t('doc.assessment.target'), t('doc.assessment.gap'), t('doc.col.weight')],
          rows: view.assessment.facets.map((f) => [f.name, `${f.current} / ${f.max}`, `${f.target} / ${f.max}`, String(f.gap), String(f.weight)]),
        },
      ];
    case 'launch-plan':
      return [
        {
          title: t('doc.launch.phases'),
          head: ['#', t('doc.col.phase'), t('doc.col.weeks'), t('doc.col.start'), t('doc.col.end'), t('doc.col.owner')],
          rows: view.launch.phases.map((p, i) => [
            String(i + 1),
            p.label,
            String(p.weeks),
            p.start ?? t('doc.launch.week', { week: p.fromWeek }),
            p.end ?? t('doc.launch.week', { week: p.toWeek }),
            p.owner ?? '',
          ]),
        },
        {
          title: t('doc.launch.operations'),
          head: [t('doc.col.stage'), t('doc.col.planned'), t('doc.col.gate'), t('doc.col.status')],
          rows: view.launch.operations.map((o) => [o.label, yesNo(o.planned), o.gate, `${o.met ? '✔' : '✖'} ${o.status}`]),
        },
      ];
    default:
      return [
        {
          title: t('doc.featureTable.title'),
          head: [t('doc.col.goal'), t('doc.col.function'), t('doc.col.category'), t('doc.col.module'), t('doc.col.rolesActivities')],
          rows: view.rows.map((r) => [r.goal?.name ?? t('doc.featureTable.noGoal'), r.function.name, r.function.categoryLabel, r.function.moduleLabel, r.rolesText]),
        },
      ];
  }
}
