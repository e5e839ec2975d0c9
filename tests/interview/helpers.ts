// Shared set-up for the interview tests: a fresh workspace from `dxplan init`, a command context
// that captures output, and the prepared definitions.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { AppContext } from '../../src/app/context.js';
import type { CanvasId } from '../../src/domain/canvas-ids.js';
import type { Locale } from '../../src/domain/enums.js';
import { translator } from '../../src/i18n/index.js';
import { prepareInterview, type Prepared } from '../../src/interview/run-interview.js';
import { initWorkspace } from '../../src/store/init-workspace.js';

/** A new workspace made by `dxplan init` in `locale`. */
export async function freshWorkspace(locale: Locale): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-interview-'));
  const result = await initWorkspace({ dir, locale, force: false, name: 'test-plan' });
  if (result.status !== 'created') throw new Error('init failed');
  return dir;
}

/** A command context writing into buffers instead of the terminal. */
export function captureContext(locale: Locale, cwd: string): AppContext & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return {
    locale,
    t: translator(locale),
    stdout,
    stderr,
    env: { NO_COLOR: '1', DXPLAN_TODAY: '2027-01-05' },
    stdin: { isTTY: true },
    now: () => new Date('2027-01-05T00:00:00Z'),
    cwd,
    quiet: false,
    out: () => out,
    err: () => err,
  };
}

/** Definitions, glossary and model for `canvases`, or a failed test. */
export async function prepared(dir: string, canvases: CanvasId[], locale: Locale): Promise<Prepared> {
  const result = await prepareInterview(dir, canvases, translator(locale), locale);
  if (!result.prepared) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.prepared;
}

/** A canvas file's text. */
export const canvasText = (dir: string, canvas: CanvasId): Promise<string> => readFile(join(dir, 'canvases', `${canvas}.yaml`), 'utf8');

/** Types into the prompt on screen and moves on to the next one. */
export async function answer(screen: { type(t: string): void; keypress(k: string): void; next(): Promise<void> }, text = ''): Promise<void> {
  if (text) screen.type(text);
  screen.keypress('enter');
  await screen.next();
}
