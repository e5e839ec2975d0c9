// The one writer of generated files: compares with what is on disk, writes only what changed,
// removes files an earlier build generated that are no longer generated, and backs --check and --dry-run.
import { createHash } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import type { OutputFile } from '../generate/types.js';
import { writeFileAtomic } from '../store/write-atomic.js';

/** The build manifest in the output folder: which files dxplan generated there, so it never touches others. */
export const BUILD_MANIFEST = '.dxplan-build.json';

/**
 * What a build left in the output folder. `rendered` records files that `--render` rewrote with
 * pictures inlined (the HTML report): the hash of the plain file they came from and their own hash,
 * so a later plain build or `--check` accepts them while their source is unchanged.
 */
export interface BuildManifest {
  generator: 'dxplan';
  files: string[];
  rendered?: Record<string, { from: string; sha256: string }>;
}

/** One generated file compared with the disk. */
export interface PlannedFile {
  path: string;
  contents: string | Uint8Array;
  state: 'missing' | 'stale' | 'unchanged';
}

/** The comparison of a build with the output folder. */
export interface OutputPlan {
  outDir: string;
  files: PlannedFile[];
  /** Files an earlier build generated, in this build's scope, that it no longer generates. */
  extra: string[];
  /** The manifest to leave behind. */
  manifest: BuildManifest;
  /** True when the manifest on disk differs from `manifest`. */
  manifestChanged: boolean;
}

/** SHA-256 of text or bytes, hex. */
export const sha256 = (contents: string | Uint8Array): string => createHash('sha256').update(contents).digest('hex');

const bytesOf = (contents: string | Uint8Array): Buffer => (typeof contents === 'string' ? Buffer.from(contents, 'utf8') : Buffer.from(contents));

/** The file's bytes, or undefined when it does not exist (or is not a readable file). */
async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    // readFile's EISDIR names no path; the caller reports which file is in the way.
    throw Object.assign(error as NodeJS.ErrnoException, { path: (error as NodeJS.ErrnoException).path ?? path });
  }
}

/** A manifest path dxplan could have written: relative, forward slashes, inside the output folder. */
function safeRelative(path: unknown): path is string {
  if (typeof path !== 'string' || path === '' || isAbsolute(path) || path.includes('\\')) return false;
  const n = normalize(path);
  return !n.startsWith('..') && !n.split(sep).includes('..');
}

/** Reads the manifest of an earlier build; a missing or unreadable one counts as none. */
export async function readManifest(outDir: string): Promise<BuildManifest | undefined> {
  const raw = await readIfExists(join(outDir, BUILD_MANIFEST));
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw.toString('utf8')) as Partial<BuildManifest>;
    if (parsed.generator !== 'dxplan' || !Array.isArray(parsed.files)) return undefined;
    const rendered: BuildManifest['rendered'] = {};
    for (const [path, r] of Object.entries(parsed.rendered ?? {})) {
      if (safeRelative(path) && typeof r?.from === 'string' && typeof r?.sha256 === 'string') rendered[path] = { from: r.from, sha256: r.sha256 };
    }
    return { generator: 'dxplan', files: parsed.files.filter(safeRelative), ...(Object.keys(rendered).length ? { rendered } : {}) };
  } catch {
    return undefined;
  }
}

/** The manifest as written: sorted, two-space JSON, trailing newline. */
export function manifestText(manifest: BuildManifest): string {
  const rendered = manifest.rendered && Object.keys(manifest.rendered).length ? Object.fromEntries(Object.entries(manifest.rendered).sort(([a], [b]) => (a < b ? -1 : 1))) : undefined;
  return `${JSON.stringify({ generator: 'dxplan', files: [...manifest.files].sort(), ...(rendered ? { rendered } : {}) }, null, 2)}\n`;
}

/**
 * Compares `files` with `outDir`. `inScope(path)` says which files of an earlier build this build
 * is responsible for (all of them unless `--only` narrowed it), so others are kept and not reported.
 */
export async function planOutputs(outDir: string, files: readonly OutputFile[], inScope: (path: string) => boolean = () => true): Promise<OutputPlan> {
  const previous = await readManifest(outDir);
  const rendered: NonNullable<BuildManifest['rendered']> = {};
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const disk = await readIfExists(join(outDir, file.path));
    const wanted = bytesOf(file.contents);
    let state: PlannedFile['state'] = disk === undefined ? 'missing' : disk.equals(wanted) ? 'unchanged' : 'stale';
    // A file --render rewrote is up to date while the plain file it came from is unchanged.
    const r = previous?.rendered?.[file.path];
    if (state === 'stale' && r && r.from === sha256(wanted) && r.sha256 === sha256(disk!)) state = 'unchanged';
    if (r && state === 'unchanged' && !disk!.equals(wanted)) rendered[file.path] = r;
    planned.push({ path: file.path, contents: file.contents, state });
  }

  const generated = new Set(files.map((f) => f.path));
  const extra: string[] = [];
  const kept: string[] = [];
  for (const path of previous?.files ?? []) {
    if (generated.has(path)) continue;
    if (!inScope(path)) {
      kept.push(path);
      if (previous?.rendered?.[path]) rendered[path] = previous.rendered[path]!;
    } else if ((await readIfExists(join(outDir, path))) !== undefined) extra.push(path);
  }
  const manifest: BuildManifest = { generator: 'dxplan', files: [...generated, ...kept].sort(), ...(Object.keys(rendered).length ? { rendered } : {}) };
  const onDisk = await readIfExists(join(outDir, BUILD_MANIFEST));
  return { outDir, files: planned, extra: extra.sort(), manifest, manifestChanged: onDisk === undefined || onDisk.toString('utf8') !== manifestText(manifest) };
}

/** What `applyOutputs` did. */
export interface AppliedOutputs {
  written: string[];
  removed: string[];
  unchanged: string[];
}

/** Writes the missing and stale files atomically, removes the extra ones, and updates the manifest. */
export async function applyOutputs(plan: OutputPlan): Promise<AppliedOutputs> {
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const file of plan.files) {
    if (file.state === 'unchanged') {
      unchanged.push(file.path);
      continue;
    }
    await writeFileAtomic(join(plan.outDir, file.path), file.contents);
    written.push(file.path);
  }
  const removed: string[] = [];
  for (const path of plan.extra) {
    await unlink(join(plan.outDir, path)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    removed.push(path);
  }
  if (plan.manifestChanged) await writeFileAtomic(join(plan.outDir, BUILD_MANIFEST), manifestText(plan.manifest));
  return { written, removed, unchanged };
}

/**
 * Writes a file that `--render` produced from a plain generated one (the HTML report with SVGs
 * inlined) and records it in the manifest, so the next plain build or `--check` accepts it.
 */
export async function writeRenderedVariant(outDir: string, path: string, plain: string | Uint8Array, rendered: string | Uint8Array): Promise<boolean> {
  const manifest = (await readManifest(outDir)) ?? { generator: 'dxplan' as const, files: [path] };
  const disk = await readIfExists(join(outDir, path));
  const changed = disk === undefined || !disk.equals(bytesOf(rendered));
  if (changed) await writeFileAtomic(join(outDir, path), rendered);
  const record = { from: sha256(plain), sha256: sha256(rendered) };
  const next: BuildManifest = { ...manifest, files: manifest.files.includes(path) ? manifest.files : [...manifest.files, path] };
  if (sha256(plain) === sha256(rendered)) {
    if (next.rendered) delete next.rendered[path];
  } else next.rendered = { ...(manifest.rendered ?? {}), [path]: record };
  const text = manifestText(next);
  const onDisk = await readIfExists(join(outDir, BUILD_MANIFEST));
  if (onDisk === undefined || onDisk.toString('utf8') !== text) await writeFileAtomic(join(outDir, BUILD_MANIFEST), text);
  return changed;
}
