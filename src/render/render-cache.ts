// Remembers which pictures are up to date, so a rebuild renders only what changed — or nothing.
import { createHash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readRegularFile } from '../store/read-regular.js';
import { writeFileAtomic } from '../store/write-atomic.js';
import { sha256 } from './write-outputs.js';

/** Largest cache or picture file read back; a device or pipe in its place is simply "not fresh". */
const MAX_CACHED_BYTES = 512 * 1024 * 1024;

/** Bumped when dxplan changes how it draws (page set-up, scale): every picture is redrawn once. */
export const RENDER_VERSION = '2';

/** The cache file, inside the workspace but outside the committed output folder. */
export const cacheFile = (workspaceDir: string): string => join(workspaceDir, '.dxplan', 'cache', 'render.json');

/** One output file as last written: the inputs it was made from, and its bytes' hash. */
export interface CacheEntry {
  key: string;
  hash: string;
}

/** The cache key of one output: a hash over everything that shapes its bytes. */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of [RENDER_VERSION, ...parts]) hash.update(`${part.length}:${part}\0`);
  return hash.digest('hex');
}

/**
 * The cache: output path (workspace-relative, `/`-separated) → entry. Keyed by path, so it holds
 * one entry per picture and never grows with history.
 */
export class RenderCache {
  private constructor(
    private readonly workspaceDir: string,
    private readonly file: string,
    private readonly entries: Map<string, CacheEntry>,
    private dirty = false,
  ) {}

  /** Reads the cache; a missing or unreadable file is an empty cache, never an error. */
  static async load(workspaceDir: string): Promise<RenderCache> {
    const file = cacheFile(workspaceDir);
    const entries = new Map<string, CacheEntry>();
    try {
      const data = JSON.parse((await readRegularFile(file, MAX_CACHED_BYTES)).toString('utf8')) as { version?: unknown; entries?: Record<string, CacheEntry> };
      if (data.version === 1 && data.entries && typeof data.entries === 'object') {
        for (const [path, entry] of Object.entries(data.entries)) {
          if (typeof entry?.key === 'string' && typeof entry.hash === 'string') entries.set(path, { key: entry.key, hash: entry.hash });
        }
      }
    } catch {
      // No cache yet, or a damaged one: render everything once.
    }
    return new RenderCache(workspaceDir, file, entries);
  }

  /**
   * The bytes at `absPath` when they are exactly what `key` produced last time, else undefined.
   * Hashing the file, not trusting its date, catches hand edits and checkouts.
   */
  async fresh(relPath: string, absPath: string, key: string): Promise<Buffer | undefined> {
    const entry = this.entries.get(relPath);
    if (!entry || entry.key !== key) return undefined;
    try {
      const bytes = await readRegularFile(absPath, MAX_CACHED_BYTES);
      return sha256(bytes) === entry.hash ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  /** Records that `relPath` now holds `bytes`, made from `key`. */
  remember(relPath: string, key: string, bytes: string | Uint8Array): void {
    this.entries.set(relPath, { key, hash: sha256(bytes) });
    this.dirty = true;
  }

  /** Writes the cache back if anything changed; sorted, so it is stable byte for byte. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const sorted = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    // Inside the workspace only: a `.dxplan/cache` link to elsewhere is refused like any other.
    const root = { root: this.workspaceDir };
    await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, entries: sorted }, null, 2)}\n`, root);
    // The cache is machine-local: keep it out of git in whatever repository the workspace lives in.
    const ignore = join(dirname(this.file), '.gitignore');
    const present = await lstat(ignore).then(() => true, () => false);
    if (!present) await writeFileAtomic(ignore, '# dxplan render cache: local to this machine, never committed.\n*\n', root);
    this.dirty = false;
  }
}
