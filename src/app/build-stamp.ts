// A no-change rebuild: when everything a build reads is byte-for-byte what the last successful
// build read, and everything it left in the output folder is still there unchanged, the build has
// nothing to do, and says so exactly as a full no-change build would — without checking the plan
// again or generating every document to compare it with the disk.
//
// The key hashes every input: dxplan itself (its version and the hash of the bundle, which holds
// the precompiled model, glossary and questions), the built-in document templates, the
// workspace's files (the manifest, the five canvases, a custom assessment model) and template
// overrides, the options that shape the output (--lang, --only, the output folder, the picture
// formats) and, for pictures, Mermaid's version. The outputs are verified by their SHA-256.
// Run from src/ (tests in-process) there is no bundle hash, so no stamp is used or written.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { CANVAS_IDS, canvasPath } from '../domain/canvas-ids.js';
import { packagePath } from '../paths.js';
import { fastYaml } from '../store/fast-yaml.js';
import { readRegularIfExists } from '../store/read-regular.js';
import { realPathInside } from '../store/safe-path.js';
import { recoverWorkspace } from '../store/save-together.js';
import { writeFileAtomic } from '../store/write-atomic.js';

/** Set to true by esbuild in dist/ (scripts/build.js); undefined when running from src/. */
declare const __DXPLAN_BUNDLE__: true | undefined;

/** Format of the stamp file; a change of meaning makes old stamps count as none. */
const STAMP_VERSION = 1;

/** Largest input or output file hashed for the stamp (the store's own limit is 32 MiB per input). */
const MAX_BYTES = 1024 * 1024 * 1024;

/** What the last successful build read and wrote. */
export interface BuildStamp {
  version: typeof STAMP_VERSION;
  key: string;
  /** The output folder, and the folder no output may lie outside of (the workspace, or --out). */
  outDir: string;
  root: string;
  /** SHA-256 of every file the build left behind (documents, manifest, pictures), by absolute path. */
  outputs: Record<string, string>;
  /** The counts its summary printed: documents, and pictures (drawn or reused). */
  documents: number;
  pictures: number;
}

/** The options of a build that shape what it writes. */
export interface StampOptions {
  lang: string | undefined;
  only: readonly string[] | undefined;
  /** `--out`, resolved; without it the manifest (hashed) says where the documents go. */
  out: string | undefined;
  formats: readonly string[] | undefined;
}

/** Where the stamp lives: beside the render cache, in the workspace's .dxplan/cache/. */
export const stampPath = (workspaceDir: string): string => join(workspaceDir, '.dxplan', 'cache', 'build.json');

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The bundle's own hash (written by scripts/build.js), or undefined when not running the bundle. */
async function bundleId(): Promise<string | undefined> {
  if (typeof __DXPLAN_BUNDLE__ === 'undefined') return undefined;
  try {
    return (JSON.parse(await readFile(packagePath('dist', 'data', 'build-id.json'), 'utf8')) as { id?: string }).id;
  } catch {
    return undefined;
  }
}

/** Every `*.hbs` of a folder, by name; none when the folder is missing; undefined when it cannot be read. */
async function templateFiles(dir: string): Promise<[string, Buffer][] | undefined> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.hbs')).map((e) => e.name).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? [] : undefined;
  }
  const out: [string, Buffer][] = [];
  for (const name of names) {
    const bytes = await readRegularIfExists(join(dir, name), MAX_BYTES).catch(() => undefined);
    if (bytes === undefined) return undefined;
    out.push([name, bytes]);
  }
  return out;
}

/**
 * The key of a build of the workspace in `dir` (absolute) with `options`, or undefined when no
 * stamp can stand for it (not the bundle, an unreadable input, a manifest the fast path declines).
 */
export async function buildKey(dir: string, options: StampOptions): Promise<string | undefined> {
  const id = await bundleId();
  if (id === undefined) return undefined;
  // A save a kill cut short is rolled back first, as loading the workspace would.
  await recoverWorkspace(dir);
  const hash = createHash('sha256');
  const part = (label: string, bytes: Uint8Array | string | undefined) => {
    hash.update(`${label}\0${bytes === undefined ? '-' : sha256(bytes)}\n`);
  };
  const version = (JSON.parse(await readFile(packagePath('package.json'), 'utf8')) as { version: string }).version;
  part('dxplan', `${STAMP_VERSION} ${version} ${id}`);
  part('options', JSON.stringify({ lang: options.lang ?? null, only: options.only ?? null, out: options.out ?? null, formats: options.formats ?? null }));
  try {
    for (const file of ['dxplan.yaml', ...CANVAS_IDS.map(canvasPath)]) part(file, await readRegularIfExists(join(dir, file), MAX_BYTES));
    const manifest = await readRegularIfExists(join(dir, 'dxplan.yaml'), MAX_BYTES);
    const data = manifest && fastYaml(manifest.toString('utf8'))?.data;
    if (data === undefined || data === null || typeof data !== 'object') return undefined;
    const model = (data as { assessment_model?: unknown }).assessment_model;
    if (typeof model === 'string' && model !== 'diamond') part(`model ${model}`, await readRegularIfExists(isAbsolute(model) ? model : join(dir, model), MAX_BYTES));
    // Every build copies Mermaid beside the HTML report (assets/), not only one that draws.
    const { locateMermaid } = await import('../render/mermaid-bundle.js');
    part('mermaid', locateMermaid().version);
  } catch {
    return undefined;
  }
  for (const [label, folder] of [
    ['builtin', packagePath('templates', 'docs')],
    ['builtin partials', packagePath('templates', 'docs', 'partials')],
    ['workspace', join(dir, 'templates')],
    ['workspace partials', join(dir, 'templates', 'partials')],
  ] as const) {
    const templates = await templateFiles(folder);
    if (templates === undefined) return undefined;
    for (const [name, bytes] of templates) part(`${label} template ${name}`, bytes);
  }
  return hash.digest('hex');
}

/** The stamp of the last successful build, or undefined (none, unreadable, another format). */
export async function readStamp(dir: string): Promise<BuildStamp | undefined> {
  try {
    const stamp = JSON.parse(await readFile(stampPath(dir), 'utf8')) as Partial<BuildStamp>;
    if (stamp.version !== STAMP_VERSION || typeof stamp.key !== 'string' || typeof stamp.outputs !== 'object' || stamp.outputs === null) return undefined;
    if (typeof stamp.documents !== 'number' || typeof stamp.pictures !== 'number' || typeof stamp.outDir !== 'string' || typeof stamp.root !== 'string') return undefined;
    return stamp as BuildStamp;
  } catch {
    return undefined;
  }
}

/**
 * Whether every output of `stamp` is still on disk, inside `root` (no link leading out), with
 * the bytes the build left.
 */
export async function outputsUnchanged(stamp: BuildStamp, root: string): Promise<boolean> {
  try {
    for (const [path, digest] of Object.entries(stamp.outputs)) {
      await realPathInside(root, path);
      const bytes = await readRegularIfExists(path, MAX_BYTES);
      if (bytes === undefined || sha256(bytes) !== digest) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Records a successful build: `key` and the SHA-256 of each of `outputs` as the disk holds it now.
 * Best effort: a workspace that cannot take the file only rebuilds in full next time.
 */
export async function writeStamp(dir: string, at: { key: string; outDir: string; root: string }, outputs: readonly string[], counts: { documents: number; pictures: number }): Promise<void> {
  try {
    const hashes: Record<string, string> = {};
    for (const path of [...outputs].sort()) {
      const bytes = await readRegularIfExists(path, MAX_BYTES);
      if (bytes === undefined) return;
      hashes[path] = sha256(bytes);
    }
    const stamp: BuildStamp = { version: STAMP_VERSION, ...at, outputs: hashes, ...counts };
    await writeFileAtomic(stampPath(dir), `${JSON.stringify(stamp)}\n`, { root: dir });
  } catch {
    // Not worth failing a build that succeeded.
  }
}
