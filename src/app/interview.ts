// `dxplan interview [canvas] [dir] [--answers FILE]`: the command around the interview. It picks
// the canvases, refuses to wait for input nobody can give, chooses the prompter (a person or an
// answers file), prints each canvas's summary and warnings, and turns Ctrl-C into exit 130.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CANVAS_IDS, type CanvasId } from '../domain/canvas-ids.js';
import { closest } from '../shared/did-you-mean.js';
import { compareProblems, type Problem } from '../domain/problem.js';
import { canvasPath } from '../domain/schemas/index.js';
import { workspaceContext, type AppContext, type GlobalOptions, type Io } from './context.js';
import { colorsFor } from './colors.js';
import { EXIT } from './exit-codes.js';
import { reportFsErrors } from './fs-errors.js';
import { printProblemsText, reportProblems, toPrinted } from './print-problems.js';
import { locateProblems } from '../store/load-file.js';
import { loadWorkspace } from '../store/load-workspace.js';
import { YamlSyntaxError } from '../store/save-document.js';
import { parseYaml } from '../store/parse-yaml.js';
import { readText } from '../store/read-text.js';
import { saveTogether } from '../store/save-together.js';
import { AnswersPrompter, type AnswersFile } from '../interview/answers-prompter.js';
import { alreadyApplied, appliedRecord, APPLIED_FILE } from '../interview/applied-answers.js';
import type { CanvasSession } from '../interview/canvas-session.js';
import { clearState, readState, writeState } from '../interview/interview-state.js';
import { InterviewInterrupted } from '../interview/prompter.js';
import { ResumingPrompter, type RecordedAnswer } from '../interview/resuming-prompter.js';
import { prepareInterview, runInterview, type Prepared } from '../interview/run-interview.js';
import { summarize } from '../interview/summary.js';

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
  const previous = await readState(dir);
  const replay = previous?.run === run ? previous.answers : [];
  const answers: RecordedAnswer[] = [];
  const { InquirerPrompter } = await import('../interview/inquirer-prompter.js');
  const prompter = new ResumingPrompter(new InquirerPrompter(ctx.t, ctx.stdout), replay, async (answer) => {
    answers.push(answer);
    await writeState(dir, { run, answers });
  });
  if (replay.length > 0) ctx.stdout.write(`${c.cyan(ctx.t('iv.resuming', { count: replay.length }))}\n`);
  try {
    await runInterview({
      dir,
      canvases,
      prepared,
      prompter,
      mode: 'live',
      t: ctx.t,
      locale: ctx.locale,
      today: today(ctx),
      beforeCanvas: (canvas, book) => {
        if (prompter.replaying) return;
        ctx.stdout.write(`\n${c.bold(`${canvases.indexOf(canvas) + 1}/${canvases.length}  ${book.title}`)}\n${book.intro}\n${c.dim(ctx.t('iv.howTo'))}\n\n`);
      },
      afterCanvas: async (canvas) => {
        if (!prompter.replaying && !ctx.quiet) await reportCanvas(ctx, dir, canvas, prepared);
      },
    });
  } catch (error) {
    if (!(error instanceof InterviewInterrupted)) throw error;
    ctx.stdout.write(`\n${c.yellow(ctx.t('iv.interrupted', { count: answers.length }))}\n`);
    return EXIT.interrupted;
  }
  await clearState(dir);
  ctx.stdout.write(`\n${c.green(ctx.t('iv.done', { count: answers.length }))}\n`);
  return EXIT.ok;
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
  const sessions: CanvasSession[] = await runInterview({ dir, canvases, prepared, prompter, mode: 'buffered', t: ctx.t, locale: ctx.locale, today: today(ctx) });
  prompter.reportUnknown(canvases);
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
  for (const canvas of canvases) {
    ctx.stdout.write(`\n${prepared.books.get(canvas)!.title}\n`);
    await reportCanvas(ctx, dir, canvas, prepared);
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
    if ((CANVAS_IDS as readonly string[]).includes(key)) continue;
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

/** The summary tables of a canvas, then the methodology's warnings for it (or what keeps it incomplete). */
async function reportCanvas(ctx: AppContext, dir: string, canvas: CanvasId, prepared: Prepared): Promise<void> {
  const c = colorsFor(ctx, ctx.stdout);
  const file = canvasPath(canvas);
  const loaded = await loadWorkspace(dir, ctx.t, ctx.cwd);
  const [{ derivePlan, derivePlanParts }, { checkPlan }] = await Promise.all([import('../domain/model/index.js'), import('../domain/check.js')]);
  // A whole plan once every canvas is valid; before that, the parts that are.
  const plan = loaded.workspace ? derivePlan(loaded.workspace) : undefined;
  const width = Math.max(40, (ctx.stdout as { columns?: number }).columns || Number(ctx.env.COLUMNS) || 120);
  const table = summarize(canvas, plan ?? derivePlanParts(loaded.files), ctx.t, prepared.glossary, width);
  if (table) ctx.stdout.write(`\n${table}\n`);
  let problems: Problem[];
  if (plan) {
    const { sayCheck } = await import('../generate/check-report.js');
    const { speaker } = await import('../i18n/text.js');
    const report = sayCheck(checkPlan(plan), speaker(ctx.locale, (key) => prepared.glossary.label(key, ctx.locale)));
    problems = report.findings.filter((f) => f.file === file);
    const source = loaded.sources.get(file);
    if (source) locateProblems(problems, source);
    problems.sort(compareProblems);
    ctx.stdout.write(`\n${problems.length === 0 ? c.green(ctx.t('iv.noWarnings')) : c.bold(ctx.t('iv.warnings', { count: problems.length }))}\n`);
  } else {
    problems = loaded.problems.filter((p) => p.file === file);
    const elsewhere = loaded.problems.length - problems.length;
    ctx.stdout.write(`\n${c.yellow(problems.length > 0 ? ctx.t('iv.incomplete', { count: problems.length }) : ctx.t('iv.otherFiles', { count: elsewhere }))}\n`);
  }
  printProblemsText(ctx, toPrinted(ctx, dir, problems));
}
