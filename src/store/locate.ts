// Finds the line and column of a node path in a parsed YAML document.
import type { Document, LineCounter, Node } from 'yaml';
import type { Location } from '../domain/problem.js';
import { yamlLib } from './yaml-lib.js';

/** The child of `node` at `segment`, with the pair's key node when `node` is a mapping. */
function child(node: unknown, segment: string | number): { value: Node | null; key?: Node } | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(k) === String(segment)) return { value: pair.value as Node | null, key: pair.key as Node };
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    if (item === undefined) return undefined;
    return { value: (isPair(item) ? item.value : item) as Node | null };
  }
  return undefined;
}

/**
 * Start offset of the deepest existing node on `path` (or of `key` inside it). A missing node
 * resolves to its nearest existing parent, which is where something has to be added.
 */
export function offsetOf(doc: Document, path: Location['path'], key?: string): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    if (next.value?.range) {
      node = next.value;
      offset = next.value.range[0];
    } else if (next.key?.range) {
      // `key:` with no value: point at the key.
      node = next.value;
      offset = next.key.range[0];
    } else break;
  }
  if (key !== undefined) {
    const k = child(node, key);
    if (k?.key?.range) offset = k.key.range[0];
  }
  return offset;
}

/** Line and column (1-based) of a location inside a document. */
export function lineColOf(doc: Document, lineCounter: LineCounter, loc: Pick<Location, 'path' | 'key'>): { line: number; col: number } {
  return lineCounter.linePos(offsetOf(doc, loc.path, loc.key));
}
