// The progress of a live interview: `.dxplan/interview-state.yaml` in the workspace. It holds one
// visit per canvas walked (or per part chosen in the jump menu): the file as the visit found it
// and every answer in the order given, so an interrupted run goes back to the very question where
// it stopped, and Esc can step back one answer. It only ever grows while a run goes on (going
// back keeps the answer it undoes, to offer it again); a finished run deletes it.
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CANVAS_IDS, type CanvasId } from '../domain/canvas-ids.js';
import { readRegularFile } from '../store/read-regular.js';
import { MAX_FILE_BYTES } from '../store/read-text.js';
import { removeInside, writeFileAtomic } from '../store/write-atomic.js';
import type { RecordedAnswer } from './replay-prompter.js';

/** Path of the state file relative to the workspace. */
export const STATE_FILE = join('.dxplan', 'interview-state.yaml');

/** What a visit asks: a canvas, or the company questions of dxplan.yaml. */
export type VisitSubject = CanvasId | 'company';

/** One canvas walked, or one part of it chosen in the jump menu. */
export interface Visit {
  subject: VisitSubject;
  /** A section (and one of its items) chosen in the jump menu; the whole canvas without it. */
  section?: string;
  item?: string;
  /** The file's text when the visit began: its answers are replayed on it. */
  start: string;
  /** The answers, in the order given. */
  answers: RecordedAnswer[];
  /** Answers undone by going back: offered again as the defaults of their questions. */
  redo: RecordedAnswer[];
  /** Fingerprint of the file as this visit last wrote it. */
  written?: string;
  done: boolean;
  /** Which walk through the canvases it belongs to ("walk through everything" from the menu starts a new one). */
  walk?: number;
}

/** What a run leaves behind while it goes on. */
export interface InterviewState {
  /** The canvas the run was for, or `all`. */
  run: string;
  /** Walking the canvases in order, or working from the jump menu. */
  mode: 'walk' | 'menu';
  /** The walk going on (visits of earlier walks are kept, done). */
  walk: number;
  visits: Visit[];
}

const HEADER = '# Written by dxplan interview: where an interrupted interview resumes. Safe to delete.\n';

const SUBJECTS: readonly string[] = [...CANVAS_IDS, 'company'];

/** Every answer a state holds (what "N answers saved" counts). */
export const answerCount = (state: InterviewState): number => state.visits.reduce((n, v) => n + v.answers.length, 0);

/** A visit read back, or undefined when it is not one (then it is left out). */
function readVisit(raw: unknown): Visit | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const v = raw as Record<string, unknown>;
  if (typeof v.subject !== 'string' || !SUBJECTS.includes(v.subject) || typeof v.start !== 'string') return undefined;
  const answers = (list: unknown) =>
    Array.isArray(list) ? list.filter((a): a is RecordedAnswer => a !== null && typeof a === 'object' && typeof (a as { key?: unknown }).key === 'string') : [];
  return {
    subject: v.subject as VisitSubject,
    ...(typeof v.section === 'string' ? { section: v.section } : {}),
    ...(typeof v.item === 'string' ? { item: v.item } : {}),
    start: v.start,
    answers: answers(v.answers),
    redo: answers(v.redo),
    ...(typeof v.written === 'string' ? { written: v.written } : {}),
    done: v.done === true,
    ...(typeof v.walk === 'number' ? { walk: v.walk } : {}),
  };
}

/** The saved state of `dir`, or undefined when there is none or it cannot be read (then the run starts afresh). */
export async function readState(dir: string): Promise<InterviewState | undefined> {
  let text: string;
  try {
    text = (await readRegularFile(join(dir, STATE_FILE), MAX_FILE_BYTES)).toString('utf8');
  } catch {
    return undefined;
  }
  try {
    const data = parse(text) as { version?: unknown; run?: unknown; mode?: unknown; visits?: unknown } | null;
    // A state of an older dxplan (version 1) cannot be replayed exactly: the files hold its answers anyway.
    if (!data || data.version !== 2 || typeof data.run !== 'string' || !Array.isArray(data.visits)) return undefined;
    const visits = data.visits.map(readVisit).filter((v): v is Visit => v !== undefined);
    const walk = typeof (data as { walk?: unknown }).walk === 'number' ? ((data as { walk: number }).walk) : 0;
    return { run: data.run, mode: data.mode === 'menu' ? 'menu' : 'walk', walk, visits };
  } catch {
    return undefined;
  }
}

/** Saves the state atomically. */
export async function writeState(dir: string, state: InterviewState): Promise<void> {
  const visits = state.visits.map((v) => ({ ...v, answers: v.answers.map(plain), redo: v.redo.map(plain) }));
  await writeFileAtomic(join(dir, STATE_FILE), HEADER + stringify({ version: 2, run: state.run, mode: state.mode, walk: state.walk, visits }, { lineWidth: 0 }), { root: dir });
}

/** An answer as it is stored: "no value" (the end of a list) kept as null, so it reads back. */
const plain = (a: RecordedAnswer): RecordedAnswer => ({ key: a.key, value: a.value === undefined ? null : a.value, ...(a.q ? { q: a.q } : {}), ...(a.a ? { a: a.a } : {}) });

/** Removes the state after a finished run. */
export async function clearState(dir: string): Promise<void> {
  // Never through a link: a `.dxplan` that leads elsewhere is refused, a linked state file unlinked itself.
  await removeInside(dir, join(dir, STATE_FILE));
}
