// Terminal colours that respect NO_COLOR, FORCE_COLOR and whether the stream is a terminal.
import { Chalk, type ChalkInstance } from 'chalk';
import type { AppContext } from './context.js';

/** Whether `stream` should get ANSI colours. chalk alone does not honour NO_COLOR, so it is checked here. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** A chalk instance for `stream`: plain text when colours are off. */
export function colorsFor(ctx: Pick<AppContext, 'env'>, stream: { isTTY?: boolean }): ChalkInstance {
  return new Chalk({ level: colorEnabled(stream, ctx.env) ? 1 : 0 });
}
