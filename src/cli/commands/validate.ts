// `dxplan validate [dir]`: schema and reference errors, exit 0 valid, 2 invalid.
import type { CommandSpec } from '../command-spec.js';
import { workspaceContext, type CliContext } from '../context.js';

/** The validate command. */
export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'cmd.validate.summary',
  arguments: [{ syntax: '[dir]', description: 'cli.arg.dir', default: '.' }],
  options: [{ flags: '--format <format>', description: 'cli.opt.format', choices: ['text', 'json'], default: 'text' }],
  examples: ['dxplan validate examples/home-furnishing', 'dxplan validate . --format json'],
  async run([dir = '.'], options) {
    const ctx = await workspaceContext(options, dir);
    return runValidate(ctx, dir, options.format === 'json' ? 'json' : 'text');
  },
};

/** Loads the workspace in `dir`, prints its problems and returns the exit code. */
export async function runValidate(ctx: CliContext, dir: string, format: 'text' | 'json'): Promise<number> {
  const { loadWorkspace } = await import('../../store/load-workspace.js');
  const { reportProblems } = await import('../print-problems.js');
  const result = await loadWorkspace(dir, ctx.t, ctx.cwd);
  return reportProblems(ctx, result.dir, result.problems, format, ctx.t('validate.ok', { dir }));
}
