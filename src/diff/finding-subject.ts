// What a finding is about, independent of where it sits in the file: list positions become the ids
// of the entries there, so a finding survives its entry moving up or down the list.
import type { NodePath } from '../domain/problem.js';

/** The key that names a list entry: its id, its goal/function crossing, its department or role. */
function entryKey(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return typeof entry === 'string' ? entry : undefined;
  const e = entry as Record<string, unknown>;
  if (typeof e.id === 'string') return e.id;
  if (typeof e.goal === 'string' && typeof e.function === 'string') return `${e.goal}/${e.function}`;
  for (const field of ['department', 'role', 'dimension', 'name', 'title']) if (typeof e[field] === 'string') return e[field] as string;
  return undefined;
}

/** The subject of `path` in the file data `data`, e.g. `goals[lead_capture].name`; `key` is appended when set. */
export function findingSubject(data: unknown, path: NodePath, key?: string): string {
  let node: unknown = data;
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number' || (Array.isArray(node) && /^\d+$/.test(String(segment)))) {
      const index = Number(segment);
      const entry = Array.isArray(node) ? node[index] : undefined;
      out += `[${entryKey(entry) ?? `#${index}`}]`;
      node = entry;
    } else {
      out += out === '' ? String(segment) : `.${String(segment)}`;
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[String(segment)] : undefined;
    }
  }
  return key !== undefined ? (out === '' ? key : `${out}.${key}`) : out;
}
