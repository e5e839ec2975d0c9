// The progress marker of an interrupted interview: `.dxplan/interview-state.yaml` in the workspace.
// It lists the answers of the run in the order given, so the next run can replay them and go on
// from the question where the last one stopped. A finished run deletes it.
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readRegularFile } from '../store/read-regular.js';
import { MAX_FILE_BYTES } from '../store/read-text.js';
import { removeInside, writeFileAtomic } from '../store/write-atomic.js';
import type { RecordedAnswer } from './resuming-prompter.js';

/** Path of the state file relative to the workspace. */
export const STATE_FILE = join('.dxplan', 'interview-state.yaml');

/** What an interrupted run left behind. */
export interface InterviewState {
  /** The canvas the run was for, or `all`. */
  run: string;
  answers: RecordedAnswer[];
}

const HEADER = '# Written by dxplan interview: where an interrupted interview resumes. Safe to delete.\n';

/** The saved state of `dir`, or undefined when there is none or it cannot be read (then the run starts afresh). */
export async function readState(dir: string): Promise<InterviewState | undefined> {
  let text: string;
  try {
    text = (await readRegularFile(join(dir, STATE_FILE), MAX_FILE_BYTES)).toString('utf8');
  } catch {
    return undefined;
  }
  try {
    const data = parse(text) as { run?: unknown; answers?: unknown } | null;
    if (!data || typeof data.run !== 'string' || !Array.isArray(data.answers)) return undefined;
    const answers = data.answers.filter(
      (a): a is RecordedAnswer => a !== null && typeof a === 'object' && typeof (a as { key?: unknown }).key === 'string',
    );
    return { run: data.run, answers };
  } catch {
    return undefined;
  }
}

/** Saves the state atomically. */
export async function writeState(dir: string, state: InterviewState): Promise<void> {
  await writeFileAtomic(join(dir, STATE_FILE), HEADER + stringify({ version: 1, run: state.run, answers: state.answers }, { lineWidth: 0 }), { root: dir });
}

/** Removes the state after a finished run. */
export async function clearState(dir: string): Promise<void> {
  // Never through a link: a `.dxplan` that leads elsewhere is refused, a linked state file unlinked itself.
  await removeInside(dir, join(dir, STATE_FILE));
}
