// Where a path really leads, and the guard that keeps every write and delete inside the workspace.
//
// A symbolic link in a workspace (a committed one, or one planted by a pull request) could make a
// build overwrite or delete files anywhere the user can write. Every write and delete is therefore
// resolved to its real path first and refused when that lands outside the workspace's real path.
import { lstat, mkdir, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Symbolic links followed before a path counts as a loop (Linux's own limit, MAXSYMLINKS). */
const MAX_LINKS = 40;

/**
 * A write or delete that would land outside the workspace. `link` is the symbolic link (or the
 * path itself) that leads out; `code` lets the CLI's file-system reporter name it like any fs error.
 */
export class OutsideWorkspaceError extends Error {
  readonly code = 'EOUTSIDE';
  constructor(
    /** The path dxplan was asked to write. */
    readonly path: string,
    /** The link on the way that leads outside (absolute), or `path` when no link is to blame. */
    readonly link: string,
    /** Where the path really leads. */
    readonly target: string,
    /** The workspace (real path). */
    readonly root: string,
  ) {
    super(`${link} leads to ${target}, outside ${root}`);
  }
}

/**
 * The real path `path` leads to, whether or not it exists: the deepest existing ancestor is
 * resolved (links included) and the missing rest appended. A dangling link is followed to where it
 * points. Ends on every input: the walk up stops at the root, link hops stop at MAX_LINKS (ELOOP).
 */
export async function resolveReal(path: string, hops = 0): Promise<string> {
  let current = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(await realpath(current), ...rest.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw error;
    }
    // A missing entry, or a link to nothing: follow the link by hand, since a write would.
    const info = await lstat(current).catch(() => undefined);
    if (info?.isSymbolicLink()) {
      if (hops >= MAX_LINKS) throw Object.assign(new Error(`ELOOP: too many symbolic links, ${current}`), { code: 'ELOOP', path: current });
      const target = await readlink(current);
      const next = isAbsolute(target) ? target : join(dirname(current), target);
      return join(await resolveReal(next, hops + 1), ...rest.reverse());
    }
    const parent = dirname(current);
    if (parent === current) return join(current, ...rest.reverse());
    rest.push(basename(current));
    current = parent;
  }
}

/** True when `path` is `root` or inside it (both real, absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The first symbolic link below `root` on the way to `path` whose real path is outside `rootReal`. */
async function culprit(root: string, rootReal: string, path: string): Promise<string | undefined> {
  const rel = relative(resolve(root), resolve(path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  let current = resolve(root);
  for (const part of rel.split(sep)) {
    current = join(current, part);
    const info = await lstat(current).catch(() => undefined);
    if (!info) return undefined;
    if (info.isSymbolicLink() && !isInside(rootReal, await resolveReal(current).catch(() => current))) return current;
  }
  return undefined;
}

/**
 * The real path of `path`, after checking that it lies inside `root`; throws OutsideWorkspaceError
 * naming the link that leads out otherwise. `root` itself may be a link (a workspace kept in a
 * linked folder is fine): only what lies below it is held to it.
 */
export async function realPathInside(root: string, path: string): Promise<string> {
  const rootReal = await resolveReal(root);
  const target = await resolveReal(path);
  if (isInside(rootReal, target)) return target;
  const link = (await culprit(root, rootReal, path)) ?? resolve(path);
  throw new OutsideWorkspaceError(resolve(path), link, target, rootReal);
}

/**
 * Creates `dir` and its missing parents one level at a time. Node's own `mkdir(recursive)` never
 * returns on paths such as /proc/foo (the kernel answers ENOENT for ever); this walk ends at the
 * file-system root and fails with the first real error.
 */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info) break;
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      // Someone else (a concurrent save) made it in the meantime: fine, as long as it is a folder.
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
