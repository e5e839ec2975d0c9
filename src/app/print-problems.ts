// Prints problems compiler-style (file:line:col  severity  rule  message) or as JSON.
import { isAbsolute, join, relative } from 'node:path';
import type { Problem } from '../domain/problem.js';
import { colorsFor } from './colors.js';
import { jsonTerminalSafe, terminalSafe } from '../shared/terminal-safe.js';
import type { AppContext } from './context.js';

/** A problem as printed: its file shown relative to the current folder so editors can open it. */
export interface PrintedProblem extends Omit<Problem, 'path' | 'key'> {
  path: string;
}

/** Shows a workspace-relative file relative to the current folder instead. */
export function displayPath(ctx: Pick<AppContext, 'cwd'>, workspaceDir: string, file: string): string {
  const abs = isAbsolute(file) ? file : join(workspaceDir, file);
  const rel = relative(ctx.cwd, abs);
  // Outside the current folder an absolute path reads better than a chain of "../".
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
}

/** Problems with display paths, ready for text or JSON output. */
export function toPrinted(ctx: Pick<AppContext, 'cwd'>, workspaceDir: string, problems: readonly Problem[]): PrintedProblem[] {
  return problems.map((p) => ({
    file: p.file === 'diamond' ? 'diamond' : displayPath(ctx, workspaceDir, p.file),
    line: p.line ?? 1,
    col: p.col ?? 1,
    severity: p.severity,
    rule: p.rule,
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
    path: p.path.join('.'),
  }));
}

/** Writes one line per problem, plus its hint, to stdout. */
export function printProblemsText(ctx: AppContext, printed: readonly PrintedProblem[]): void {
  const c = colorsFor(ctx, ctx.stdout);
  for (const p of printed) {
    const sev = p.severity === 'error' ? c.red(p.severity) : p.severity === 'warning' ? c.yellow(p.severity) : c.cyan(p.severity);
    // Messages quote the user's keys and values: nothing in them may act on the terminal.
    ctx.stdout.write(`${c.bold(`${terminalSafe(p.file)}:${p.line}:${p.col}`)}  ${sev}  ${c.dim(terminalSafe(p.rule))}  ${terminalSafe(p.message)}\n`);
    if (p.hint) ctx.stdout.write(`    ${c.dim(`${ctx.t('cli.hint')}${terminalSafe(p.hint)}`)}\n`);
  }
}

/** Counts problems by severity. */
export function countBySeverity(problems: readonly { severity: string }[]) {
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    infos: problems.filter((p) => p.severity === 'info').length,
  };
}

/**
 * Prints a workspace's problems the way `dxplan validate` does (text or JSON) and returns the exit
 * code: 0 when none is an error (then `okMessage`, if any, is printed unless --quiet), else 2.
 * Every command that meets an invalid workspace reports it through here.
 */
export function reportProblems(ctx: AppContext, workspaceDir: string, problems: readonly Problem[], format: 'text' | 'json', okMessage?: string): number {
  const printed = toPrinted(ctx, workspaceDir, problems);
  const counts = countBySeverity(printed);
  const valid = counts.errors === 0;
  if (format === 'json') {
    ctx.stdout.write(`${jsonTerminalSafe(JSON.stringify({ valid, ...counts, problems: printed }, null, 2))}\n`);
  } else {
    printProblemsText(ctx, printed);
    if (!valid) {
      const files = new Set(printed.filter((p) => p.severity === 'error').map((p) => p.file)).size;
      ctx.stdout.write(`${ctx.t('validate.failed', { errors: counts.errors, files })}\n`);
    } else if (okMessage && !ctx.quiet) ctx.stdout.write(`${okMessage}\n`);
  }
  return valid ? 0 : 2;
}
