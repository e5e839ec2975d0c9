// `dxplan validate [dir]`: schema and reference errors, exit 0 valid, 2 invalid.
import { workspaceContext, type AppContext, type GlobalOptions, type Io } from './context.js';

/** Runs `dxplan validate` on `dir`. */
export async function runValidateCommand(io: Io, dir: string, options: GlobalOptions & { format?: unknown }): Promise<number> {
  return runValidate(await workspaceContext(io, options, dir), dir, options.format === 'json' ? 'json' : 'text');
}

/** Loads the workspace in `dir`, prints its problems and returns the exit code. */
export async function runValidate(ctx: AppContext, dir: string, format: 'text' | 'json'): Promise<number> {
  const { loadWorkspace } = await import('../store/load-workspace.js');
  const { reportProblems } = await import('./print-problems.js');
  const result = await loadWorkspace(dir, ctx.t, ctx.cwd);
  return reportProblems(ctx, result.dir, result.problems, format, ctx.t('validate.ok', { dir }));
}
