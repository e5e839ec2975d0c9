// Saves several files as one change: after a crash or kill -9 at any moment, the next run of
// dxplan finds either all of them old or all of them new, never a mix.
//
// How: every new file is first written to a temporary file beside its target and flushed. Then a
// journal in .dxplan/journal/ records, for each target, its previous bytes; only then are the
// temporary files renamed over the targets, and the journal is deleted last. A journal whose
// process is gone means the renames were cut short: the next run puts the previous bytes back
// (rollback). Temporary files of a dead process without a journal were never renamed: removed.
import { createHash, randomBytes } from 'node:crypto';
import { lstat, readdir, rename, unlink } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { readRegularFile, readRegularIfExists } from './read-regular.js';
import { MAX_FILE_BYTES } from './read-text.js';
import { realPathInside } from './safe-path.js';
import { removeInside, stageFile, TEMP_FILE, writeFileAtomic } from './write-atomic.js';

/** Folder of the journals, relative to the workspace. */
export const JOURNAL_DIR = join('.dxplan', 'journal');

/** Folders of a workspace where dxplan's saves put temporary files. */
const TEMP_DIRS = ['.', 'canvases', '.dxplan', JOURNAL_DIR];

/** One file of a change: where, and its new contents. */
export interface FileChange {
  /** Absolute path (links inside the workspace are followed). */
  path: string;
  contents: string;
}

/** What the journal remembers of one target. */
interface JournalEntry {
  /** Real path of the target, relative to the workspace, `/`-separated. */
  target: string;
  /** The temporary file holding the new bytes, relative to the workspace. */
  temp: string;
  /** The target's bytes before the change (base64), or null when it did not exist. */
  before: string | null;
  /** sha256 of the new bytes: a target that no longer has them was changed by someone else since. */
  after: string;
}

/** The journal file of one change. */
interface Journal {
  version: 1;
  pid: number;
  files: JournalEntry[];
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const rel = (root: string, path: string): string => relative(root, path).split(sep).join('/');

/** True when process `pid` still runs (EPERM: it runs, as another user). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes every change in `files` inside the workspace `root` as one: all or nothing, even under
 * kill -9. Files whose bytes would not change are not touched at all (their mtime stays).
 * Returns the paths actually written.
 */
export async function saveTogether(root: string, files: readonly FileChange[]): Promise<string[]> {
  const rootReal = await realPathInside(root, root);
  const changed: { change: FileChange; before: Buffer | undefined }[] = [];
  for (const change of files) {
    await realPathInside(root, change.path);
    const before = await readRegularIfExists(change.path, MAX_FILE_BYTES);
    if (before?.equals(Buffer.from(change.contents, 'utf8'))) continue;
    changed.push({ change, before });
  }
  if (changed.length === 0) return [];
  if (changed.length === 1) {
    // One file is atomic on its own: no journal needed.
    await writeFileAtomic(changed[0]!.change.path, changed[0]!.change.contents, { root });
    return [changed[0]!.change.path];
  }

  const staged: { temp: string; target: string }[] = [];
  const journalPath = join(rootReal, JOURNAL_DIR, `${process.pid}.${randomBytes(4).toString('hex')}.json`);
  const dropStaged = async () => {
    for (const s of staged) await unlink(s.temp).catch(() => undefined);
  };
  try {
    for (const { change } of changed) staged.push(await stageFile(change.path, change.contents, { root }));
    const journal: Journal = {
      version: 1,
      pid: process.pid,
      files: changed.map(({ change, before }, i) => ({
        target: rel(rootReal, staged[i]!.target),
        temp: rel(rootReal, staged[i]!.temp),
        before: before === undefined ? null : before.toString('base64'),
        after: sha256(change.contents),
      })),
    };
    // The commit point of "about to replace": from here on a crash is rolled back from the journal.
    await writeFileAtomic(journalPath, `${JSON.stringify(journal)}\n`, { root });
  } catch (error) {
    await dropStaged();
    throw error;
  }
  try {
    for (const s of staged) await rename(s.temp, s.target);
  } catch (error) {
    // A failure half-way (disk, permissions): put back what was replaced, as a crash would be.
    await rollBack(rootReal, journalPath).catch(() => undefined);
    await dropStaged();
    throw error;
  }
  await unlink(journalPath);
  return changed.map(({ change }) => change.path);
}

/** Undoes the change a journal describes, then deletes the journal. */
async function rollBack(rootReal: string, journalPath: string): Promise<string[]> {
  const journal = JSON.parse((await readRegularFile(journalPath, 16 * MAX_FILE_BYTES)).toString('utf8')) as Journal;
  const restored: string[] = [];
  for (const entry of journal.files ?? []) {
    const target = resolve(rootReal, entry.target);
    const temp = resolve(rootReal, entry.temp);
    await realPathInside(rootReal, target);
    await realPathInside(rootReal, temp);
    const now = await readRegularIfExists(target, MAX_FILE_BYTES).catch(() => undefined);
    // Only a target that holds the new bytes was replaced by this change; anything else is
    // either still the old file (not renamed yet) or was edited since: left alone.
    if (now !== undefined && sha256(now) === entry.after) {
      if (entry.before === null) await removeInside(rootReal, target);
      else await writeFileAtomic(target, Buffer.from(entry.before, 'base64'), { root: rootReal });
      restored.push(entry.target);
    }
    if (await lstat(temp).then((i) => i.isFile(), () => false)) await unlink(temp);
  }
  await unlink(journalPath);
  return restored;
}

/** What recovery did: files put back to their previous bytes, temporary files removed. */
export interface Recovery {
  restored: string[];
  removedTemps: string[];
}

/**
 * Finishes what killed runs left in the workspace `root`: rolls back every change whose process
 * is gone, then removes the temporary files of dead processes. Runs of dxplan still working
 * (their process alive) are left alone. Best effort: a read-only workspace is simply left as is.
 */
export async function recoverWorkspace(root: string): Promise<Recovery> {
  const result: Recovery = { restored: [], removedTemps: [] };
  let rootReal: string;
  try {
    rootReal = await realPathInside(root, root);
  } catch {
    return result;
  }
  const journals = await readdir(join(rootReal, JOURNAL_DIR)).catch(() => [] as string[]);
  for (const name of journals.sort()) {
    const m = /^(\d+)\.[0-9a-f]{8}\.json$/.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    try {
      result.restored.push(...(await rollBack(rootReal, join(rootReal, JOURNAL_DIR, name))));
    } catch {
      // A damaged journal cannot be trusted to restore anything; it is kept for a person to look at.
    }
  }
  for (const dir of TEMP_DIRS) {
    const names = await readdir(join(rootReal, dir)).catch(() => [] as string[]);
    for (const name of names) {
      const m = TEMP_FILE.exec(name);
      if (!m || alive(Number(m[2]))) continue;
      const path = join(rootReal, dir, name);
      // Never follow a link to delete: only a regular file of that name is dxplan's.
      if (!(await lstat(path).then((i) => i.isFile(), () => false))) continue;
      await unlink(path).then(
        () => result.removedTemps.push(rel(rootReal, path)),
        () => undefined,
      );
    }
  }
  return result;
}
