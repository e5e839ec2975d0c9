// The fast YAML path (js-yaml's events) must read every file it accepts exactly as `yaml` does, and
// place every node where `yaml`'s offsetOf places it: otherwise a file would validate, or point at
// a problem, differently from before. Held against every YAML file of the repository, thousands of
// mutated copies, and generated documents in every scalar and collection style.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, visit, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EventLocator, linePosition, lineStartsOf } from '../../src/store/event-locator.js';
import { fastYaml, resolvePlain, yamlEvents } from '../../src/store/fast-yaml.js';
import { offsetOf } from '../../src/store/locate.js';
import { ODD_TEXT } from '../fault/mutations.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every YAML file in the repository's data folders. */
function corpus(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const dir of ['canvases', 'examples', 'templates', 'tests']) {
    for (const f of readdirSync(join(root, dir), { recursive: true }).map(String)) {
      if (!/\.ya?ml$/.test(f) || f.includes('node_modules')) continue;
      out.push({ file: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') });
    }
  }
  return out;
}
const CORPUS = corpus();
/**
 * Runs per property: 1,500 in `npm test`, 200 in `npm run test:fast`; DXPLAN_FAULT_RUNS and
 * DXPLAN_FAULT_SEED widen the hunt, as for the fault suite (the default seed is fixed).
 */
const RUNS = Number(process.env.DXPLAN_FAULT_RUNS) || (process.env.DXPLAN_FAST ? 200 : 1500);
const SEED = Number(process.env.DXPLAN_FAULT_SEED) || 15;

/** What the store read before the fast path: `yaml`'s data, or undefined when it reports a problem. */
function slowData(text: string): { doc: Document; data: unknown } | undefined {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0 || doc.contents === null) return undefined;
  let unresolved = false;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) unresolved = true;
    },
  });
  if (unresolved) return undefined;
  try {
    return { doc, data: doc.toJS({ maxAliasCount: 101 }) };
  } catch {
    return undefined;
  }
}

/** Every path to a node of `doc`, with the keys of each mapping, plus some that do not exist. */
function locations(doc: Document): { path: (string | number)[]; key?: string }[] {
  const out: { path: (string | number)[]; key?: string }[] = [{ path: [] }, { path: ['no_such_key'] }, { path: [0] }];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        out.push({ path, key }, { path: [...path, key] }, { path: [...path, key, 'missing'] });
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push({ path: [...path, i] });
        walk(item, [...path, i]);
      });
      out.push({ path: [...path, node.items.length] }, { path: [...path, String(0)] });
    }
  };
  walk(doc.contents, []);
  return out;
}

/** Deep equality of plain data: same types, prototypes, own keys in the same order, same values (NaN equal). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => {
    const da = Object.getOwnPropertyDescriptor(a, k)!;
    const db = Object.getOwnPropertyDescriptor(b, k)!;
    return da.enumerable === db.enumerable && da.writable === db.writable && same(da.value, db.value);
  });
}

/** Checks one text: the fast path either declines, or agrees with `yaml` on data and positions. */
function agree(text: string, label: string): 'fast' | 'slow' {
  const fast = fastYaml(text);
  if (!fast) return 'slow';
  const slow = slowData(text);
  expect(slow, `${label}: the fast path accepted text that yaml rejects:\n${text.slice(0, 400)}`).toBeDefined();
  // Same values, key order, prototypes and property kinds, and the same JSON text.
  if (!same(fast.data, slow!.data)) expect(fast.data, label).toStrictEqual(slow!.data);
  expect(same(fast.data, slow!.data), label).toBe(true);
  expect(JSON.stringify(fast.data), label).toBe(JSON.stringify(slow!.data));
  const locator = new EventLocator(text, yamlEvents(text));
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const starts = lineStartsOf(text);
  expect(starts, label).toEqual(lineCounter.lineStarts);
  for (const loc of locations(doc)) {
    const mine = locator.offsetOf(loc.path, loc.key);
    if (mine === undefined) continue;
    const theirs = offsetOf(doc, loc.path, loc.key);
    expect(mine, `${label}: offset of ${JSON.stringify(loc)}`).toBe(theirs);
    expect(linePosition(starts, mine)).toEqual(lineCounter.linePos(theirs));
  }
  return 'fast';
}

describe('fast YAML path', () => {
  it('reads every YAML file of the repository as yaml does, and places every node the same', () => {
    let fast = 0;
    // The edit-test loop (test:fast) compares the smaller files; npm test all of them.
    const files = process.env.DXPLAN_FAST ? CORPUS.filter((c) => c.text.length < 12_000) : CORPUS;
    for (const { file, text } of files) if (agree(text, file) === 'fast') fast++;
    // The repository's files are ordinary YAML: nearly all of them take the fast path.
    expect(fast).toBeGreaterThan(files.length * 0.9);
  });

  it('resolves plain scalars by the YAML 1.2 core schema as yaml does', () => {
    const samples = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
      '0', '-0', '+0', '007', '0o17', '0o8', '0x1F', '0X1F', '-0x1', '0b101', '1_000', '1,000', '12e3', '1.5e-3', '.5', '5.', '+.5', '-1.', '.', '-', '+',
      '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '-.nan', 'inf', 'nan', '1e', 'e3', '1.2.3', '2026-01-01', '12:30', '0.1e+5', '99999999999999999999', '0x', '0o', '1 000'];
    for (const s of samples) {
      const doc = parseDocument(`v: ${s}\n`);
      // Some samples are not one plain scalar after `v: ` (`-` starts a sequence): nothing to compare.
      const node = doc.get('v', true);
      if (doc.errors.length > 0 || (s !== '' && (!isScalar(node) || node.type !== 'PLAIN'))) continue;
      const theirs = (doc.toJS() as { v: unknown }).v;
      expect(resolvePlain(s), JSON.stringify(s)).toStrictEqual(theirs);
    }
  });

  it('declines what it does not read the same way, so yaml still reports it', () => {
    const declined = [
      'a: 1\na: 2\n', // duplicate key
      'a: &x 1\nb: *x\n', // anchor and alias
      'a: !!str 1\n', // tag
      '%YAML 1.1\n---\na: yes\n', // directive (yaml 1.1 reads yes as true)
      'a: 1\n---\nb: 2\n', // two documents
      '# only a comment\n',
      '---\n',
      '~: x\n', // null key
      '[a, b]: x\n', // collection key
      '1: a\n"1": b\n', // two keys that stringify alike
      'a: "unclosed\n',
      'a:\n\t- b\n', // tab indentation
      'a: b: c\n',
    ];
    for (const text of declined) expect(fastYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('agrees with yaml on thousands of mutated copies of real files', () => {
    const snippets = [...ODD_TEXT, ': ', ':', '- ', '-', '"', "'", '#', ' #', '\t', '|', '|-', '>', '>+', '{', '}', '[', ']', ', ', '&a ', '*a', '!!str ', '? ',
      '---\n', '...\n', '%', '\n', '\n  ', '  ', '\\', '\\x41', '\\u263A', '@', '`', '%YAML 1.2\n', '<<: ', 'k'.repeat(1100) + ': v', '\u00a0', '\u0085', '\u2028', '\ud83d\ude00'];
    const base = CORPUS.filter((c) => c.text.length < 20_000);
    const edit = fc.record({
      file: fc.nat(base.length - 1),
      edits: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom(...snippets) }),
          fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
          fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -2, max: 3 }) }),
          fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    });
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(edit, ({ file, edits }) => {
        let text = base[file]!.text;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          if (e.kind === 'insert') text = text.slice(0, at) + e.what + text.slice(at);
          else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + e.length);
          else {
            const lineStart = text.lastIndexOf('\n', at - 1) + 1;
            const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1;
            if (e.kind === 'duplicateLine') text = text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
            else text = e.by >= 0 ? text.slice(0, lineStart) + ' '.repeat(e.by) + text.slice(lineStart) : text.slice(0, lineStart) + text.slice(lineStart).replace(new RegExp(`^ {0,${-e.by}}`), '');
          }
        }
        runs++;
        if (agree(text, `${base[file]!.file} ${JSON.stringify(edits)}`) === 'fast') fast++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Most small edits leave valid YAML: the comparison is not vacuous.
    expect(fast).toBeGreaterThan(runs / 4);
  });

  it('agrees with yaml on generated documents in every scalar and collection style', () => {
    const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('id', 'name', 'true', '1', '0x10', 'null', '__proto__', 'constructor', '<<', 'a b', '- x', 'k: v', '#x'));
    const scalar = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(...ODD_TEXT, '', ' ', 'a\nb', 'a\n\nb\n', ' lead', 'trail ', '\ttab', 'x: y', '- z', '"q"', "'s'", '#c', '12', '1.50', 'true', 'null', '~', '0o7', '.inf', 'multi\nline\n\n'),
      fc.integer(),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    })).node;
    const style = fc.record({
      printer: fc.constantFrom('yaml', 'js-yaml'),
      flow: fc.boolean(),
      quote: fc.constantFrom<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'>('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      lineWidth: fc.constantFrom(0, 20, 80),
      indent: fc.constantFrom(2, 4),
    });
    let fast = 0;
    fc.assert(
      fc.property(value, style, (v, s) => {
        let text: string;
        try {
          text =
            s.printer === 'yaml'
              ? stringify(v, { defaultStringType: s.quote, defaultKeyType: 'PLAIN', collectionStyle: s.flow ? 'flow' : 'any', lineWidth: s.lineWidth, indent: s.indent, aliasDuplicateObjects: false })
              : dump(v, { flowLevel: s.flow ? 1 : -1, lineWidth: s.lineWidth || -1, indent: s.indent });
        } catch {
          return;
        }
        if (agree(text, `${s.printer} ${JSON.stringify(s)} ${JSON.stringify(text)}`) === 'fast') fast++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(fast).toBeGreaterThan(RUNS / 3);
  });
});
