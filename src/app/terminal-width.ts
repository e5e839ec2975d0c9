// How wide the output may be: the one reading of the terminal's width for show, explain and the interview.
import type { AppContext } from './context.js';

/** Narrowest screen dxplan lays out for: below it, tables and wrapped text stop being readable. */
const MIN_WIDTH = 40;

/**
 * The terminal's columns, else COLUMNS, else `fallback` (output to a file or pipe), never below 40;
 * read each time, so a resized terminal is followed.
 */
export function terminalWidth(ctx: Pick<AppContext, 'stdout' | 'env'>, fallback: number): number {
  return Math.max(MIN_WIDTH, ctx.stdout.columns || Number(ctx.env.COLUMNS) || fallback);
}
