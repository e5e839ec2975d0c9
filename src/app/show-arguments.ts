// Which canvas and which folder `dxplan show` was given: like `interview`, a folder may come alone.
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CANVAS_IDS } from '../domain/canvas-ids.js';
import { closest } from '../shared/did-you-mean.js';

/** The canvas shown when none is named: the business feature table. */
export const DEFAULT_SHOW_CANVAS = 'business-architecture';

/** A canvas and a folder to show, or a lone name that is neither a canvas nor a folder. */
export type ShowTarget = { canvas: string; dir: string } | { neither: string; suggestion?: string };

const isCanvas = (name: string | undefined): name is string => name !== undefined && (CANVAS_IDS as readonly string[]).includes(name);

/** True when `path` (relative to `cwd`) is an existing folder; never follows it further or reads it. */
async function isFolder(cwd: string, path: string): Promise<boolean> {
  return (await stat(resolve(cwd, path)).catch(() => undefined))?.isDirectory() ?? false;
}

/** The visible folders of `cwd` (at most a few hundred), as "did you mean" candidates for a mistyped folder. */
async function folderNames(cwd: string): Promise<string[]> {
  const entries = await readdir(cwd, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).slice(0, 500).map((e) => e.name);
}

/**
 * Reads `show [canvas] [dir]`, `show <dir>` and `show <dir> <canvas>`. A name that is a canvas is
 * the canvas (a folder with a canvas's name is reached as `./north-star`). With two names and no
 * canvas among them, the one that is not a folder is the misspelt canvas, so `show` can suggest one.
 */
export async function showTarget(args: readonly (string | undefined)[], cwd: string): Promise<ShowTarget> {
  const [first, second] = args;
  if (first === undefined) return { canvas: DEFAULT_SHOW_CANVAS, dir: second ?? '.' };
  if (isCanvas(first)) return { canvas: first, dir: second ?? '.' };
  if (second === undefined) {
    if (await isFolder(cwd, first)) return { canvas: DEFAULT_SHOW_CANVAS, dir: first };
    const suggestion = closest(first, [...CANVAS_IDS, ...(await folderNames(cwd))]);
    return suggestion ? { neither: first, suggestion } : { neither: first };
  }
  if (isCanvas(second)) return { canvas: second, dir: first };
  return (await isFolder(cwd, first)) ? { canvas: second, dir: first } : { canvas: first, dir: second };
}
