// The fast path of the YAML pipeline: plain data from js-yaml's event parser, read exactly as the
// `yaml` library's parseDocument(…).toJS() would read it, or nothing at all.
//
// `yaml` builds a full syntax tree (to give problems a line and column) at about 2 MB/s and 50
// bytes of memory per byte of input; js-yaml's event stream is about 10x faster. Anything this
// module is not sure to read the same way — anchors, aliases, tags, directives, several documents,
// a key that is not text, a number or a boolean, a duplicate key, a syntax error — returns
// undefined, and the caller parses the text with `yaml` as before. So every file that has a YAML
// problem is still reported by `yaml`, word for word. tests/store/fast-yaml.test.ts holds the two
// parsers to the same data on thousands of generated and mutated files.
import { EVENT_ID, parseEvents, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';

const NONE = -1;

/** Whether an event carries an anchor or a tag (which `yaml` resolves in ways this module does not copy). */
const hasProperties = (e: { anchorStart: number; tagStart: number }): boolean => e.anchorStart !== NONE || e.tagStart !== NONE;

// The YAML 1.2 core schema exactly as `yaml` 2 resolves plain scalars (yaml/dist/schema/core/*.js,
// tried in the same order): null, bool, 0o octal, decimal, 0x hex, .inf/.nan, exponent, float.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain (unquoted) scalar under the core schema. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Most plain scalars are words: only these first characters can start a null, bool or number.
  const maybeSpecial = s === '' || c === 0x7e /* ~ */ || c === 0x2e /* . */ || c === 0x2b /* + */ || c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39) || 'nNtTfF'.includes(s[0]!);
  if (!maybeSpecial) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Longest implicit key `yaml` accepts (KEY_OVER_1024_CHARS); js-yaml has no such limit. */
const MAX_KEY_SOURCE = 1024;

/**
 * Whether the block scalar whose content starts at `valueStart` has no indentation indicator
 * (`|2`, `>-1`): `yaml` and js-yaml count an explicit indentation differently at the top level.
 */
function autoIndented(text: string, valueStart: number): boolean {
  // The content starts on the line after the header; anything else is not a shape this reads.
  if (valueStart <= 0 || text[valueStart - 1] !== '\n') return false;
  const header = text.slice(text.lastIndexOf('\n', valueStart - 2) + 1, valueStart - 1);
  return !/[|>][+-]?[0-9]/.test(header);
}

/** The value of a scalar event: quoted and block scalars are always text. */
function scalarValue(text: string, e: ScalarEvent): unknown {
  // An escaped line break in double quotes followed by an empty line: js-yaml and `yaml` fold it differently.
  if (!e.fast && e.style === SCALAR_STYLE.DOUBLE_QUOTED && /\\[ \t]*\n/.test(text.slice(e.valueStart, e.valueEnd))) throw new NotFastYaml();
  if ((e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) && !autoIndented(text, e.valueStart)) throw new NotFastYaml();
  const source = getScalarValue(text, e);
  return e.style === SCALAR_STYLE.PLAIN ? resolvePlain(source) : source;
}

/** A line that starts with a document marker (`---` or `...` then a space, tab, line end or the end). */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \t\n]|$)/m;

/** Thrown inside the walk when the text is not one this module reads (caught below). */
class NotFastYaml extends Error {}

/** A mapping or sequence being filled while walking the events. */
type Frame = { map: Record<string, unknown>; key: string | undefined; hasKey: boolean } | { list: unknown[] };

/** The key a mapping stores for a key value, as `yaml`'s toJS does for text, numbers and booleans. */
function keyOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new NotFastYaml();
}

/** Adds a pair the way `yaml`'s toJS does (an own `__proto__` property, never the prototype). */
function setPair(map: Record<string, unknown>, key: string, value: unknown): void {
  // A repeated key is an error to `yaml` (uniqueKeys), or two keys that only stringify alike: either way, let `yaml` say.
  if (Object.prototype.hasOwnProperty.call(map, key)) throw new NotFastYaml();
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/** Builds plain data from the events of one document; throws NotFastYaml for anything unusual. */
function build(text: string, events: Event[]): unknown {
  if (events.length === 0 || events[0]!.type !== EVENT_ID.DOCUMENT || events[0]!.directives.length > 0) throw new NotFastYaml();
  const stack: Frame[] = [];
  let root: unknown;
  let done = false;
  let keySpan = 0;
  const add = (value: unknown, isCollection: boolean) => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (done) throw new NotFastYaml();
      root = value;
      done = true;
    } else if ('list' in top) top.list.push(value);
    else if (top.hasKey) {
      setPair(top.map, top.key!, value);
      top.hasKey = false;
      top.key = undefined;
    } else {
      if (isCollection || keySpan > MAX_KEY_SOURCE) throw new NotFastYaml();
      top.key = keyOf(value);
      top.hasKey = true;
    }
  };
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    switch (e.type) {
      case EVENT_ID.SCALAR:
        if (hasProperties(e)) throw new NotFastYaml();
        // An empty document (comments only, or a lone `---`) is `yaml`'s "empty file" case.
        if (stack.length === 0 && e.valueStart === NONE) throw new NotFastYaml();
        keySpan = e.valueEnd - e.valueStart;
        add(scalarValue(text, e), false);
        break;
      case EVENT_ID.MAPPING: {
        if (hasProperties(e)) throw new NotFastYaml();
        const map: Record<string, unknown> = {};
        add(map, true);
        stack.push({ map, key: undefined, hasKey: false });
        break;
      }
      case EVENT_ID.SEQUENCE: {
        if (hasProperties(e)) throw new NotFastYaml();
        const list: unknown[] = [];
        add(list, true);
        stack.push({ list });
        break;
      }
      case EVENT_ID.POP: {
        const top = stack.pop();
        if (top === undefined) {
          // The document's own POP must be the last event: a second document is `yaml`'s error.
          if (i !== events.length - 1 || !done) throw new NotFastYaml();
        } else if ('map' in top && top.hasKey) throw new NotFastYaml();
        break;
      }
      default:
        // Aliases (and a second DOCUMENT) are left to `yaml`, which limits alias expansion.
        throw new NotFastYaml();
    }
  }
  if (!done || stack.length > 0) throw new NotFastYaml();
  return root;
}

/**
 * The plain data of `text` when the fast path reads it exactly as `yaml` would; undefined when
 * `text` must go through `yaml` (errors, aliases, tags, directives, several documents, odd keys).
 */
export function fastYaml(text: string): { data: unknown; events: Event[] } | undefined {
  // Document markers are where the two parsers part ways (`...` then content, `---` mid-file):
  // only a `---` opening the very first line is read here.
  if (DOCUMENT_MARKER.test(text.startsWith('---\n') ? text.slice(4) : text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  try {
    // Values are inserted into their parent before they are filled, so the walk needs no second pass.
    return { data: build(text, events), events };
  } catch (error) {
    if (error instanceof NotFastYaml) return undefined;
    throw error;
  }
}

/** The events of `text` (only called for text fastYaml accepted). */
export const yamlEvents = (text: string): Event[] => parseEvents(text, {});
