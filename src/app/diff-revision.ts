// Copies the workspace files of one git revision into a private temporary folder, read from git's
// object store (nothing is checked out), so the store can load them like any folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { WORKSPACE_FILES } from '../domain/schemas/index.js';
import { listTree, readBlobs, resolveCommit, type GitOutcome, type Repository, type TreeEntry } from '../git/git-tree.js';

/** Regular files only: a link or a submodule in a revision is not followed. */
const REGULAR = new Set(['100644', '100755']);

/** The `assessment_model:` of a manifest, read without the schema (as peek-locale reads `locale:`). */
function modelPath(manifest: Buffer | undefined): string | undefined {
  const value = manifest && /^assessment_model:\s*["']?([^"'#\n]+?)["']?\s*(#.*)?$/m.exec(manifest.toString('utf8'))?.[1];
  return value && value !== 'diamond' ? value.replace(/^\.\//, '') : undefined;
}

/** A tree path that stays inside the folder it is written to. */
function safeTarget(dest: string, path: string): string | undefined {
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) return undefined;
  const target = resolve(dest, ...segments);
  return target.startsWith(dest + sep) ? target : undefined;
}

/** The entries a workspace load reads: the manifest, the canvases, template overrides and its own model. */
function wanted(entries: readonly TreeEntry[], model: string | undefined): TreeEntry[] {
  const files = new Set<string>(WORKSPACE_FILES.map((f) => f.path));
  if (model) files.add(model);
  return entries.filter((e) => e.type === 'blob' && REGULAR.has(e.mode) && (files.has(e.path) || /^templates\/[^/]+\.hbs$/.test(e.path)));
}

/**
 * Writes the workspace at `prefix` of `revision` into the empty folder `dest`. Fails for a revision
 * git does not know and for a revision without that folder or without a dxplan.yaml in it.
 */
export async function materialiseRevision(repo: Repository, revision: string, dest: string): Promise<GitOutcome<{ commit: string }>> {
  const resolved = await resolveCommit(repo, revision);
  if (!resolved.ok) return resolved;
  const listed = await listTree(repo, resolved.commit, repo.prefix, revision);
  if (!listed.ok) return listed;
  const manifestEntry = listed.entries.find((e) => e.path === 'dxplan.yaml' && e.type === 'blob');
  if (!manifestEntry) return { ok: false, failure: { kind: 'folder-missing', revision, folder: repo.prefix || '.' } };
  const manifest = await readBlobs(repo, [manifestEntry.oid]);
  if (!manifest.ok) return manifest;
  const entries = wanted(listed.entries, modelPath(manifest.blobs.get(manifestEntry.oid)));
  const blobs = await readBlobs(repo, [...new Set(entries.map((e) => e.oid))]);
  if (!blobs.ok) return blobs;
  const root = resolve(dest);
  for (const entry of entries) {
    const target = safeTarget(root, entry.path);
    if (!target) continue;
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, blobs.blobs.get(entry.oid) ?? Buffer.alloc(0), { flag: 'wx' });
  }
  return { ok: true, commit: resolved.commit };
}
