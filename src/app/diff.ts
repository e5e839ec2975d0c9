// `dxplan diff [base] [head] [dir]`: what a change does to the plan, read from git (or two folders),
// compared by id, printed as text, Markdown (a pull-request comment) or JSON.
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { GitFailure, Repository } from '../git/git-tree.js';
import type { PlanSide } from '../diff/plan-side.js';
import { colorsFor } from './colors.js';
import { workspaceContext, type AppContext, type GlobalOptions, type Io } from './context.js';
import type { SideSource } from './diff-plan-side.js';
import { EXIT, ExitError } from './exit-codes.js';
import { displayPath } from './print-problems.js';

/** Options of the diff command, as commander passes them. */
export interface DiffCommandOptions extends GlobalOptions {
  format?: unknown;
  failOn?: unknown;
}

/** One side as the user named it. */
type SideSpec = { kind: 'revision'; revision: string } | { kind: 'worktree' } | { kind: 'folder'; dir: string };

/** Prints a one-line error with its hint and stops with exit code 2. */
function fail(ctx: AppContext, message: string, hint: string): never {
  ctx.stderr.write(`dxplan: ${message}\n    ${ctx.t('cli.hint')}${hint}\n`);
  throw new ExitError(EXIT.invalid);
}

/** The user-facing words for a git failure. */
function gitFailure(ctx: AppContext, failure: GitFailure): never {
  const { t } = ctx;
  const c = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  switch (failure.kind) {
    case 'git-missing':
      return fail(ctx, t('diff.err.gitMissing'), t('diff.err.gitMissing.hint'));
    case 'not-a-repository':
      return fail(ctx, t('diff.err.notRepository', { dir: c(failure.dir) }), t('diff.err.notRepository.hint'));
    case 'bad-revision':
      return fail(ctx, t('diff.err.badRevision', { revision: c(failure.revision) }), t('diff.err.badRevision.hint'));
    case 'folder-missing':
      return fail(ctx, t('diff.err.folderMissing', { revision: c(failure.revision), folder: c(failure.folder) }), t('diff.err.folderMissing.hint'));
    case 'git-failed':
      return fail(ctx, t('diff.err.gitFailed', { detail: c(failure.detail) }), t('diff.err.gitFailed.hint'));
  }
}

/** True when `path` (relative to the current folder) is a folder on disk. */
async function isFolder(ctx: Pick<AppContext, 'cwd'>, path: string): Promise<boolean> {
  try {
    return (await stat(resolve(ctx.cwd, path))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the arguments the way `git diff` users expect: none is HEAD against the files as they are;
 * one revision is that revision against them; two revisions compare each other; a folder may come
 * last; two folders compare two workspaces without git.
 */
async function parseSides(ctx: AppContext, args: (string | undefined)[]): Promise<{ base: SideSpec; head: SideSpec; dir: string }> {
  const [a, b, c] = args;
  if (c !== undefined) return { base: { kind: 'revision', revision: a! }, head: { kind: 'revision', revision: b! }, dir: c };
  if (a !== undefined && b !== undefined) {
    const [aDir, bDir] = [await isFolder(ctx, a), await isFolder(ctx, b)];
    if (aDir && bDir) return { base: { kind: 'folder', dir: a }, head: { kind: 'folder', dir: b }, dir: b };
    if (aDir) fail(ctx, ctx.t('diff.err.folderFirst', { base: a, head: b }), ctx.t('diff.err.folderFirst.hint', { base: a }));
    if (bDir) return { base: { kind: 'revision', revision: a }, head: { kind: 'worktree' }, dir: b };
    return { base: { kind: 'revision', revision: a }, head: { kind: 'revision', revision: b }, dir: '.' };
  }
  if (a !== undefined && (await isFolder(ctx, a))) return { base: { kind: 'revision', revision: 'HEAD' }, head: { kind: 'worktree' }, dir: a };
  return { base: { kind: 'revision', revision: a ?? 'HEAD' }, head: { kind: 'worktree' }, dir: '.' };
}

/** Stops with exit 2 unless `dir` holds a workspace. */
async function requireWorkspace(ctx: AppContext, dir: string): Promise<void> {
  const { workspaceProblem } = await import('../store/load-workspace.js');
  const problem = await workspaceProblem(resolve(ctx.cwd, dir), dir, ctx.t);
  if (problem) fail(ctx, problem.message, problem.hint ?? '');
}

/** Reads every side: revisions go through a private temporary folder that is removed afterwards. */
async function readSides(ctx: AppContext, specs: [SideSpec, SideSpec], dir: string): Promise<[PlanSide, PlanSide]> {
  const { readPlanSide } = await import('./diff-plan-side.js');
  const absDir = resolve(ctx.cwd, dir);
  let repo: Repository | undefined;
  if (specs.some((s) => s.kind === 'revision')) {
    const { findRepository } = await import('../git/git-tree.js');
    const found = await findRepository(absDir, ctx.env);
    // The folder as the user typed it, not its absolute path.
    if (!found.ok) gitFailure(ctx, found.failure.kind === 'not-a-repository' ? { ...found.failure, dir } : found.failure);
    repo = found.repository;
  }
  for (const s of specs) {
    if (s.kind === 'worktree') await requireWorkspace(ctx, dir);
    if (s.kind === 'folder') await requireWorkspace(ctx, s.dir);
  }
  const temp = repo ? await mkdtemp(join(tmpdir(), 'dxplan-diff-')) : undefined;
  try {
    const sources: SideSource[] = [];
    for (const [i, s] of specs.entries()) {
      if (s.kind === 'revision') {
        const { materialiseRevision } = await import('./diff-revision.js');
        const dest = join(temp!, i === 0 ? 'base' : 'head');
        await mkdir(dest);
        const done = await materialiseRevision(repo!, s.revision, dest);
        if (!done.ok) gitFailure(ctx, done.failure);
        sources.push({ kind: 'revision', label: s.revision, dir: dest, show: (file) => `${s.revision}:${repo!.prefix}${file}` });
      } else if (s.kind === 'worktree') {
        sources.push({ kind: 'worktree', label: ctx.t('diff.side.worktree'), dir: absDir, show: (file) => displayPath(ctx, absDir, file) });
      } else {
        const abs = resolve(ctx.cwd, s.dir);
        sources.push({ kind: 'folder', label: s.dir, dir: abs, show: (file) => displayPath(ctx, abs, file) });
      }
    }
    // One side at a time: a large plan's documents are held in memory.
    const base = await readPlanSide(ctx, sources[0]!);
    const head = await readPlanSide(ctx, sources[1]!);
    return [base, head];
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

/** Runs `dxplan diff`: 0 when compared, 1 with --fail-on new-errors when errors were added, 2 when it could not compare. */
export async function runDiffCommand(io: Io, args: (string | undefined)[], options: DiffCommandOptions): Promise<number> {
  // Speak the language of the workspace named last (the folder argument), else of the current folder.
  let dir = '.';
  for (const arg of [...args].reverse()) {
    if (arg !== undefined && (await isFolder(io, arg))) {
      dir = arg;
      break;
    }
  }
  return diff(await workspaceContext(io, options, dir), args, options);
}

/** The diff with a context given (tests run it in-process); resolves to the exit code. */
export async function diff(ctx: AppContext, args: (string | undefined)[], options: DiffCommandOptions): Promise<number> {
  try {
    const format = options.format === 'json' || options.format === 'markdown' ? options.format : 'text';
    const { base, head, dir } = await parseSides(ctx, args);
    const [baseSide, headSide] = await readSides(ctx, [base, head], dir);
    const { comparePlans } = await import('../diff/compare-plans.js');
    const result = comparePlans(baseSide, headSide);
    const unreadable = result.base.status === 'future-version' || result.head.status === 'future-version';
    const code = unreadable ? EXIT.invalid : options.failOn === 'new-errors' && result.summary.newErrors > 0 ? EXIT.failed : EXIT.ok;
    if (format === 'json') {
      const { formatJson } = await import('../diff/format-json.js');
      ctx.stdout.write(formatJson(result, code));
    } else if (format === 'markdown') {
      const { formatMarkdown } = await import('../diff/format-markdown.js');
      ctx.stdout.write(formatMarkdown(result, ctx.t, ctx.locale));
    } else {
      const { formatText } = await import('../diff/format-text.js');
      ctx.stdout.write(formatText(result, { t: ctx.t, locale: ctx.locale, color: colorsFor(ctx, ctx.stdout), quiet: ctx.quiet }));
    }
    return code;
  } catch (error) {
    if (error instanceof ExitError) return error.code;
    throw error;
  }
}
