// `dxplan interview [canvas] [dir] [--answers FILE]`: the command around the interview. It picks
// the canvases, refuses to wait for input nobody can give, chooses the prompter (a person or an
// answers file), prints each canvas's summary and warnings, and turns Ctrl-C into exit 130.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { CANVAS_IDS, type CanvasId } from '../domain/canvas-ids.js';
import { closest } from '../shared/did-you-mean.js';
import { compareProblems, type Problem } from '../domain/problem.js';
import { canvasPath } from '../domain/schemas/index.js';
import { workspaceContext, type AppContext, type GlobalOptions, type Io } from './context.js';
import { terminalWidth } from './terminal-width.js';
import { colorsFor } from './colors.js';
import { EXIT } from './exit-codes.js';
import { reportFsErrors } from './fs-errors.js';
import { reportProblems } from './print-problems.js';
import { locateProblems } from '../store/load-file.js';
import { loadWorkspace } from '../store/load-workspace.js';
import { YamlSyntaxError } from '../store/save-document.js';
import { parseYaml } from '../store/parse-yaml.js';
import { readText } from '../store/read-text.js';
import { saveTogether } from '../store/save-together.js';
import { AnswersPrompter, type AnswersFile } from '../interview/answers-prompter.js';
import { alreadyApplied, appliedRecord, APPLIED_FILE } from '../interview/applied-answers.js';
import type { CanvasSession } from '../interview/canvas-session.js';
import { clearState } from '../interview/interview-state.js';
import { InterviewInterrupted } from '../interview/prompter.js';
import { prepareInterview, runInterview, type Prepared } from '../interview/run-interview.js';

/** Options of the interview command. */
export interface InterviewCommandOptions extends GlobalOptions {
  answers?: unknown;
}

/** True when the environment says nobody is there to answer (CI=true, CI=1…). */
const inCi = (env: NodeJS.ProcessEnv): boolean => env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';

/** Today as YYYY-MM-DD (DXPLAN_TODAY pins it, for reproducible runs and tests). */
const today = ({ env, now }: Pick<AppContext, 'env' | 'now'>): string =>
  env.DXPLAN_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.DXPLAN_TODAY) ? env.DXPLAN_TODAY : now().toISOString().slice(0, 10);

/** Which canvases and which folder the arguments name, or the usage error. */
export function parseInterviewArgs(
  args: readonly (string | undefined)[],
  canvases: readonly string[],
): { canvas?: CanvasId; dir: string } | { unknown: string; suggestion?: string } {
  const [first, second] = args;
  const isCanvas = (s: string | undefined): s is CanvasId => s !== undefined && canvases.includes(s);
  if (isCanvas(first)) return { canvas: first, dir: second ?? '.' };
  if (second === undefined) return { dir: first ?? '.' };
  if (isCanvas(second)) return { canvas: second, dir: first ?? '.' };
  return { unknown: second, suggestion: closest(second, canvases) };
}

/** Runs `dxplan interview`. */
export async function runInterviewCommand(io: Io, args: (string | undefined)[], options: InterviewCommandOptions): Promise<number> {
  const canvases: readonly string[] = CANVAS_IDS;
  // A lone argument that is no folder but close to a canvas name is a typo of the canvas ("nort-star").
  const [only, second] = args;
  const looksLikeCanvas =
    only !== undefined && second === undefined && !canvases.includes(only) && !(await stat(resolve(io.cwd, only)).catch(() => undefined)) && closest(only, canvases);
  const parsed = looksLikeCanvas ? { unknown: only, suggestion: looksLikeCanvas } : parseInterviewArgs(args, canvases);
  if ('unknown' in parsed) {
    const ctx = await workspaceContext(io, options, typeof args[0] === 'string' ? args[0] : '.');
    const hint = parsed.suggestion ? ctx.t('cli.err.didYouMean', { suggestion: parsed.suggestion }) : '';
    ctx.stderr.write(`dxplan: ${ctx.t('iv.unknownCanvas', { canvas: parsed.unknown, canvases: canvases.join(', ') })}${hint}\n`);
    return EXIT.invalid;
  }
  const ctx = await workspaceContext(io, options, parsed.dir);
  const dir = resolve(ctx.cwd, parsed.dir);
  const selected: CanvasId[] = parsed.canvas ? [parsed.canvas] : [...CANVAS_IDS];
  const answersPath = typeof options.answers === 'string' ? options.answers : undefined;

  // Waiting for keys that will never come is worse than refusing: say so at once.
  if (answersPath === undefined && (!ctx.stdin.isTTY || inCi(ctx.env))) {
    ctx.stderr.write(`dxplan: ${ctx.t(inCi(ctx.env) ? 'iv.noTty.ci' : 'iv.noTty')}\n  ${ctx.t('iv.noTty.hint')}\n`);
    return EXIT.invalid;
  }

  const { prepared, problems } = await prepareInterview(dir, selected, ctx.t, ctx.locale, parsed.dir);
  if (!prepared) return printInvalid(ctx, dir, problems);

  try {
    // A failed write (permissions, full disk) is reported like every command's; earlier answers are on disk.
    return await reportFsErrors(ctx, parsed.dir, () =>
      answersPath === undefined
        ? runLiveInterview(ctx, dir, selected, parsed.canvas ?? 'all', prepared)
        : runAnswersInterview(ctx, dir, selected, answersPath, prepared),
    );
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    // A canvas was broken by hand while the interview ran: show where, exactly as validate does.
    const loaded = await loadWorkspace(dir, ctx.t, ctx.cwd);
    return printInvalid(ctx, dir, loaded.problems.filter((p) => p.severity === 'error'));
  }
}

/** Prints problems that stop the run, exactly like `validate`, and returns exit code 2. */
function printInvalid(ctx: AppContext, dir: string, problems: Problem[]): number {
  return reportProblems(ctx, dir, [...problems].sort(compareProblems), 'text');
}

/** The interview with a person: live prompts, every answer saved at once, resumable after Ctrl-C. */
export async function runLiveInterview(ctx: AppContext, dir: string, canvases: CanvasId[], run: string, prepared: Prepared): Promise<number> {
  const c = colorsFor(ctx, ctx.stdout);
  const [{ TerminalPrompter }, { KeyInput }, { LiveInterview }, { canvasReport }, { boardScreen }, { wrapParagraphs }] = await Promise.all([
    import('../interview/terminal-prompter.js'),
    import('../interview/terminal/key-input.js'),
    import('../interview/live-run.js'),
    import('../interview/canvas-report.js'),
    import('../interview/summary.js'),
    import('../generate/text-width.js'),
  ]);
  const width = () => terminalWidth(ctx, 80);
  const hud: import('../interview/live-run.js').LiveHud = {};
  const board = (): string | undefined => {
    const data = hud.business?.data() ?? readCanvasesSync(dir);
    return data ? boardScreen(data, ctx.t, prepared.glossary, width()) : undefined;
  };
  // The keyboard is read through a queue when stdin is the real terminal (tests drive the prompts themselves).
  const source = ctx.stdin as NodeJS.ReadStream & { isTTY?: boolean };
  const input = typeof (source as { on?: unknown }).on === 'function' && source.isTTY ? new KeyInput(source, ctx.stdout) : undefined;
  const terminal = new TerminalPrompter(ctx.t, ctx.stdout, {
    input,
    paint: c,
    hud: {
      status: () => {
        if (!hud.subject || !hud.progress || hud.progress.steps === 0) return '';
        const book = hud.subject === 'company' ? undefined : prepared.books.get(hud.subject);
        const p = hud.progress;
        const step = p.steps > 1 ? ctx.t('iv.step', { step: p.step, steps: p.steps, title: p.title }) : undefined;
        return [book?.title ?? ctx.t('iv.company.title'), step, p.detail].filter(Boolean).join(' · ');
      },
      board: () => board(),
    },
  });
  const interview = new LiveInterview({
    dir,
    run,
    canvases,
    prepared,
    terminal,
    hud,
    t: ctx.t,
    today: today(ctx),
    print: (text) => ctx.stdout.write(`${wrapParagraphs(text, width())}\n`),
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    board,
    afterCanvas: async (canvas, tables) => {
      if (ctx.quiet) return;
      ctx.stdout.write(`${await canvasReport({ dir, canvas, t: ctx.t, glossary: prepared.glossary, books: prepared.books, width: width(), tables, paint: c })}\n`);
    },
  });
  input?.start();
  try {
    await interview.run();
  } catch (error) {
    if (!(error instanceof InterviewInterrupted)) throw error;
    ctx.stdout.write(`\n${c.yellow(wrapParagraphs(ctx.t('iv.interrupted', { count: interview.answers }), width()))}\n`);
    return EXIT.interrupted;
  } finally {
    input?.stop();
  }
  await clearState(dir);
  ctx.stdout.write(`\n${c.green(wrapParagraphs(ctx.t('iv.done', { count: interview.answers }), width()))}\n`);
  return EXIT.ok;
}

/** The business-architecture canvas on disk as plain data, for the board outside that canvas. */
function readCanvasesSync(dir: string): unknown {
  try {
    return parseDocument(readFileSync(join(dir, canvasPath('business-architecture')), 'utf8')).toJS();
  } catch {
    return undefined;
  }
}

/** The interview from an answers file: all or nothing, with every bad answer reported at once. */
export async function runAnswersInterview(ctx: AppContext, dir: string, canvases: CanvasId[], answersPath: string, prepared: Prepared): Promise<number> {
  const abs = resolve(ctx.cwd, answersPath);
  const read = await readText(abs, answersPath, ctx.t);
  if (!read.ok) {
    // The store's hint for a missing file is about workspace files; an answers file is the user's own.
    const problem = read.problem.rule === 'file/missing' ? { ...read.problem, message: ctx.t('answers.missingFile', { file: answersPath }), hint: ctx.t('answers.shape.hint') } : read.problem;
    return printInvalid(ctx, ctx.cwd, [problem]);
  }
  const parsed = parseYaml(read.text, answersPath, ctx.t);
  if (!parsed.ok) return printInvalid(ctx, ctx.cwd, parsed.problems);
  const file: AnswersFile = { file: answersPath, ...parsed.parsed };
  const topLevel = topLevelProblems(ctx, file);
  if (topLevel.some((p) => p.rule === 'answers/shape')) return printInvalid(ctx, ctx.cwd, topLevel);

  // The same answers on canvases they already produced (a re-run after a kill): nothing to add twice.
  const files = canvases.map(canvasPath);
  if (await alreadyApplied(dir, read.text, files)) {
    if (!ctx.quiet) ctx.stdout.write(`${ctx.t('answers.alreadyApplied', { file: answersPath })}\n`);
    return EXIT.ok;
  }
  const prompter = new AnswersPrompter(file, ctx.t, undefined);
  // The company questions are answered from the file only when it has them (older files do not).
  const company = file.data !== null && typeof file.data === 'object' && 'company' in file.data;
  const sessions: CanvasSession[] = await runInterview({ dir, canvases, company, prepared, prompter, t: ctx.t, today: today(ctx) });
  prompter.reportUnknown(company ? ['company', ...canvases] : canvases);
  const problems = [...topLevel, ...prompter.problems];
  if (problems.length > 0) {
    printInvalid(ctx, ctx.cwd, problems);
    ctx.stdout.write(`${ctx.t('answers.nothingWritten')}\n`);
    return EXIT.invalid;
  }
  // All canvases as one change: a kill at any moment leaves all of them old or all of them new.
  const changes = sessions.flatMap((s) => {
    const contents = s.pending();
    return contents === undefined ? [] : [{ path: s.abs, contents, file: s.file }];
  });
  if (changes.length > 0) {
    const after = await Promise.all(sessions.map(async (s) => ({ file: s.file, contents: s.pending() ?? (await readFile(s.abs, 'utf8').catch(() => '')) })));
    const record = { path: join(dir, APPLIED_FILE), contents: appliedRecord(read.text, after) };
    await saveTogether(dir, [...changes, record]);
  }
  if (ctx.quiet) return EXIT.ok;
  const { canvasReport } = await import('../interview/canvas-report.js');
  const c = colorsFor(ctx, ctx.stdout);
  for (const canvas of canvases) {
    ctx.stdout.write(`\n${prepared.books.get(canvas)!.title}\n`);
    const width = terminalWidth(ctx, 120);
    ctx.stdout.write(`${await canvasReport({ dir, canvas, t: ctx.t, glossary: prepared.glossary, books: prepared.books, width, tables: true, paint: c })}\n`);
  }
  ctx.stdout.write(`\n${ctx.t('answers.done', { count: canvases.length })}\n`);
  return EXIT.ok;
}

/** The answers file must be a mapping of canvas ids; anything else is reported before running. */
function topLevelProblems(ctx: AppContext, file: AnswersFile): Problem[] {
  const base = { severity: 'error' as const, file: file.file };
  const data = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ ...base, rule: 'answers/shape', path: [], line: 1, col: 1, message: ctx.t('answers.shape'), hint: ctx.t('answers.shape.hint') }];
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(data)) {
    if ((CANVAS_IDS as readonly string[]).includes(key) || key === 'company') continue;
    const suggestion = closest(key, CANVAS_IDS);
    problems.push({
      ...base,
      rule: 'answers/unknown',
      path: [],
      key,
      message: ctx.t('answers.unknownCanvas', { key, canvases: CANVAS_IDS.join(', ') }),
      hint: suggestion ? ctx.t('answers.didYouMean', { suggestion }) : ctx.t('answers.shape.hint'),
    });
  }
  return locateProblems(problems, { ...file, abs: file.file, text: '' });
}
