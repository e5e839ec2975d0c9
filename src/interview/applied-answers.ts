// Remembers which answers file a workspace's canvases came from, so running it again after a
// kill (or twice in a row) is recognised instead of adding `doctor_2` next to `doctor`.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readRegularIfExists } from '../store/read-regular.js';
import { MAX_FILE_BYTES } from '../store/read-text.js';

/** The record, relative to the workspace; saved in the same all-or-nothing change as the canvases. */
export const APPLIED_FILE = join('.dxplan', 'answers-applied.json');

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The record's text: the answers' hash and the hash of every canvas as the run leaves it. */
export function appliedRecord(answersText: string, canvases: readonly { file: string; contents: string }[]): string {
  const files = Object.fromEntries([...canvases].sort((a, b) => (a.file < b.file ? -1 : 1)).map((c) => [c.file, sha256(c.contents)]));
  return `${JSON.stringify({ version: 1, answers: sha256(answersText), canvases: files }, null, 2)}\n`;
}

/**
 * True when the canvases `files` of `dir` are exactly as applying `answersText` left them: the
 * run is done already, and running it again must not apply its additions a second time.
 */
export async function alreadyApplied(dir: string, answersText: string, files: readonly string[]): Promise<boolean> {
  let record: { answers?: unknown; canvases?: Record<string, unknown> };
  try {
    const bytes = await readRegularIfExists(join(dir, APPLIED_FILE), 1024 * 1024);
    if (!bytes) return false;
    record = JSON.parse(bytes.toString('utf8')) as typeof record;
  } catch {
    return false;
  }
  if (record.answers !== sha256(answersText) || !record.canvases) return false;
  for (const file of files) {
    const expected = record.canvases[file];
    const now = await readRegularIfExists(join(dir, file), MAX_FILE_BYTES).catch(() => undefined);
    if (typeof expected !== 'string' || now === undefined || sha256(now) !== expected) return false;
  }
  return true;
}
