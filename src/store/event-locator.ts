// Start offsets of the nodes of a fast-parsed file, from js-yaml's events: where a problem in a
// large file is, without building `yaml`'s syntax tree (1.4 GB for a 26 MB canvas).
//
// It answers exactly what src/store/locate.ts's offsetOf answers on the `yaml` document (the
// offset of the deepest node on the path, or of a key inside it), or undefined where it is not
// sure to (an empty value or a block scalar, whose `yaml` range starts elsewhere than the event
// says); the caller then asks the `yaml` document. tests/store/fast-yaml.test.ts compares both.
import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event } from 'js-yaml';
import type { Location } from '../domain/problem.js';
import { resolvePlain } from './fast-yaml.js';

const MAP = 1;
const SEQ = 2;
const SCALAR = 3;
/** A start offset the events do not give the way `yaml` counts it. */
const UNSURE = -1;

/** A compact index of the nodes (events less documents and pops): kind, start, end of subtree, map keys. */
export class EventLocator {
  private readonly kind: Uint8Array;
  private readonly start: Int32Array;
  /** Index just past each node's subtree, to step over siblings. */
  private readonly end: Int32Array;
  /** The key text of nodes that are mapping keys (as `yaml`'s String(key.value)). */
  private readonly keys: (string | undefined)[];

  constructor(text: string, events: Event[]) {
    const n = events.length;
    this.kind = new Uint8Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.keys = [];
    const open: number[] = [];
    // Per open mapping: whether the next child is a key.
    const expectKey: boolean[] = [];
    let count = 0;
    for (const e of events) {
      if (e.type === EVENT_ID.DOCUMENT) continue;
      if (e.type === EVENT_ID.POP) {
        const node = open.pop();
        expectKey.pop();
        if (node !== undefined) this.end[node] = count;
        continue;
      }
      const i = count++;
      const parentIsMap = expectKey.length > 0 && this.kind[open[open.length - 1]!] === MAP;
      const isKey = parentIsMap && expectKey[expectKey.length - 1] === true;
      if (parentIsMap) expectKey[expectKey.length - 1] = !isKey;
      if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
        this.kind[i] = e.type === EVENT_ID.MAPPING ? MAP : SEQ;
        this.start[i] = e.start;
        open.push(i);
        expectKey.push(true);
      } else if (e.type === EVENT_ID.SCALAR) {
        this.kind[i] = SCALAR;
        this.end[i] = i + 1;
        const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
        if (e.valueStart === -1 || (e.style !== SCALAR_STYLE.PLAIN && !quoted)) this.start[i] = UNSURE;
        else if (quoted) this.start[i] = text[e.valueStart - 1] === (e.style === SCALAR_STYLE.DOUBLE_QUOTED ? '"' : "'") ? e.valueStart - 1 : UNSURE;
        else this.start[i] = e.valueStart;
        if (isKey) {
          const source = getScalarValue(text, e);
          this.keys[i] = String(e.style === SCALAR_STYLE.PLAIN ? resolvePlain(source) : source);
        }
      } else {
        // Aliases never reach here: fastYaml refuses them.
        this.kind[i] = SCALAR;
        this.start[i] = UNSURE;
        this.end[i] = i + 1;
      }
    }
    // Trimmed to the nodes actually present.
    this.kind = this.kind.subarray(0, count);
  }

  /** The child of node `i` at `segment`: its value node and, in a mapping, its key node. */
  private child(i: number, segment: string | number): { value: number; key?: number } | undefined {
    if (this.kind[i] === MAP) {
      const wanted = String(segment);
      for (let k = i + 1; k < this.end[i]!; ) {
        const value = this.end[k]!;
        if (this.keys[k] === wanted) return { value, key: k };
        k = this.end[value]!;
      }
      return undefined;
    }
    if (this.kind[i] === SEQ && typeof segment === 'number') {
      let k = i + 1;
      for (let n = 0; n < segment && k < this.end[i]!; n++) k = this.end[k]!;
      return k < this.end[i]! ? { value: k } : undefined;
    }
    return undefined;
  }

  /** offsetOf (src/store/locate.ts) over the events, or undefined where only `yaml` can say. */
  offsetOf(path: Location['path'], key?: string): number | undefined {
    if (this.kind.length === 0) return undefined;
    let node = 0;
    for (const segment of path) {
      const next = this.child(node, segment);
      if (!next) break;
      node = next.value;
    }
    if (key !== undefined) {
      const k = this.child(node, key);
      if (k?.key !== undefined) return this.sure(k.key);
    }
    return this.sure(node);
  }

  private sure(i: number): number | undefined {
    const s = this.start[i]!;
    return s === UNSURE ? undefined : s;
  }
}

/** Line and column (1-based) of an offset, counted as `yaml`'s LineCounter counts them. */
export function linePosition(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}

/** The offset of every line start of `text` (0, then after each LF), as `yaml`'s LineCounter records them. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
