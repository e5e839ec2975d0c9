// Reads a revision's files straight from git's object store (rev-parse, ls-tree, cat-file), so
// nothing is checked out and neither the working tree nor the index is touched.
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { runGit, type GitResult } from './run-git.js';

/** Why a revision could not be read; the CLI words each for the user. */
export type GitFailure =
  | { kind: 'git-missing' }
  | { kind: 'not-a-repository'; dir: string }
  | { kind: 'bad-revision'; revision: string }
  | { kind: 'folder-missing'; revision: string; folder: string }
  | { kind: 'git-failed'; detail: string };

/** A value, or the reason there is none. */
export type GitOutcome<T> = ({ ok: true } & T) | { ok: false; failure: GitFailure };

/** The repository holding a folder: its top folder and the folder's path inside it ('' or ending in '/'). */
export interface Repository {
  top: string;
  prefix: string;
  /** The environment git runs with (the caller's, never read from `process` here). */
  env: NodeJS.ProcessEnv;
}

/** One file of a tree, as `git ls-tree -l` lists it. */
export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  /** Path relative to the listed folder, with forward slashes. */
  path: string;
}

/** The first line of git's error output, for a message that says what git said. */
const firstLine = (r: Extract<GitResult, { ok: false }>): string =>
  r.reason === 'missing' ? 'git not found' : (r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${r.code}`).trim();

/** Turns a failed call into the failure to report. */
const failed = (r: Extract<GitResult, { ok: false }>): { ok: false; failure: GitFailure } =>
  ({ ok: false, failure: r.reason === 'missing' ? { kind: 'git-missing' } : { kind: 'git-failed', detail: firstLine(r) } });

/** The nearest folder at or above `dir` that exists (a workspace may be gone from the working tree). */
async function existingAncestor(dir: string): Promise<string> {
  let current = resolve(dir);
  for (;;) {
    try {
      if ((await stat(current)).isDirectory()) return current;
    } catch {
      // keep walking up
    }
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
}

/** Finds the repository that holds `dir`, even when `dir` itself no longer exists on disk. */
export async function findRepository(dir: string, env: NodeJS.ProcessEnv): Promise<GitOutcome<{ repository: Repository }>> {
  const abs = resolve(dir);
  const base = await existingAncestor(abs);
  const r = await runGit(['rev-parse', '--show-toplevel', '--show-prefix'], base, env);
  if (!r.ok) {
    if (r.reason === 'missing') return { ok: false, failure: { kind: 'git-missing' } };
    // Anything but "not a git repository" (e.g. "dubious ownership") is git's own words to show.
    if (!/not a git repository/i.test(r.stderr)) return failed(r);
    return { ok: false, failure: { kind: 'not-a-repository', dir } };
  }
  const [top = '', prefix = ''] = r.stdout.toString('utf8').split('\n');
  // The part of `dir` below the existing folder is part of the prefix too.
  const rest = relative(base, abs).split(sep).filter(Boolean).join('/');
  const full = `${prefix}${rest ? `${rest}/` : ''}`;
  return { ok: true, repository: { top, prefix: full, env } };
}

/** A revision name git may be given: not empty, not an option, no control characters. */
export function plausibleRevision(revision: string): boolean {
  // eslint-disable-next-line no-control-regex
  return revision !== '' && !revision.startsWith('-') && !/[\u0000-\u001f\u007f]/.test(revision);
}

/** The commit a revision names (`main`, `HEAD~1`, a tag or a hash). */
export async function resolveCommit(repo: Repository, revision: string): Promise<GitOutcome<{ commit: string }>> {
  if (!plausibleRevision(revision)) return { ok: false, failure: { kind: 'bad-revision', revision } };
  const r = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], repo.top, repo.env);
  if (!r.ok) return r.reason === 'missing' ? failed(r) : { ok: false, failure: { kind: 'bad-revision', revision } };
  return { ok: true, commit: r.stdout.toString('utf8').trim() };
}

/** Parses `git ls-tree -r -z -l` output. */
export function parseTree(output: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', oid = '', size = '0'] = record.slice(0, tab).split(/ +/);
    entries.push({ mode, type, oid, size: Number(size) || 0, path: record.slice(tab + 1) });
  }
  return entries;
}

/** Every file of the folder `prefix` at `commit`, recursively; a missing folder is a failure. */
export async function listTree(repo: Repository, commit: string, prefix: string, revision: string): Promise<GitOutcome<{ entries: TreeEntry[] }>> {
  const treeish = `${commit}:${prefix.replace(/\/$/, '')}`;
  const kind = await runGit(['cat-file', '-t', treeish], repo.top, repo.env);
  if (!kind.ok || kind.stdout.toString('utf8').trim() !== 'tree') {
    if (!kind.ok && kind.reason === 'missing') return failed(kind);
    return { ok: false, failure: { kind: 'folder-missing', revision, folder: prefix || '.' } };
  }
  const r = await runGit(['ls-tree', '-r', '-z', '-l', treeish], repo.top, repo.env);
  if (!r.ok) return failed(r);
  return { ok: true, entries: parseTree(r.stdout) };
}

/** The contents of blobs by object id, read in one `git cat-file --batch` call. */
export async function readBlobs(repo: Repository, oids: readonly string[]): Promise<GitOutcome<{ blobs: Map<string, Buffer> }>> {
  const blobs = new Map<string, Buffer>();
  if (oids.length === 0) return { ok: true, blobs };
  const r = await runGit(['cat-file', '--batch'], repo.top, repo.env, Buffer.from(`${oids.join('\n')}\n`, 'utf8'));
  if (!r.ok) return failed(r);
  const out = r.stdout;
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    if (header[1] === 'missing' || header.length < 3) return { ok: false, failure: { kind: 'git-failed', detail: `object ${header[0]} missing` } };
    const size = Number(header[2]);
    blobs.set(header[0]!, out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return { ok: true, blobs };
}
