// Fault injection: the ways a user, an editor or a bad disk can break a workspace, as fast-check
// arbitraries over an in-memory copy of a workspace (file path -> text).
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Locale } from '../../src/domain/enums.js';
import { initWorkspace } from '../../src/store/init-workspace.js';

/** A workspace held in memory: workspace-relative path to file text. */
export type Files = Record<string, string>;

/** What a mutation leaves on disk for one path: new text, raw bytes, a folder in its place, or nothing. */
export type Entry = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'dir' } | { kind: 'absent' };

/** A mutated workspace: every path and what is there now, plus a label for failure reports. */
export interface Mutated {
  label: string;
  entries: Record<string, Entry>;
}

/** The workspace files a mutation may hit (the ones dxplan reads). */
export const WORKSPACE_PATHS = [
  'dxplan.yaml',
  'canvases/value-positioning.yaml',
  'canvases/business-architecture.yaml',
  'canvases/north-star.yaml',
  'canvases/assessment.yaml',
  'canvases/launch-plan.yaml',
] as const;

/**
 * Text that has broken parsers, printers and generators before: bidi overrides, zero-width and
 * combining characters, a BOM mid-text, NUL and other controls, line/paragraph separators, a lone
 * surrogate, astral emoji, and characters that mean something in YAML, Markdown, CSV, HTML,
 * Handlebars and Mermaid.
 */
export const ODD_TEXT = [
  '\u202Eevil\u202C',
  'zero\u200Bwidth\u200D',
  'e\u0301\u0301\u0301',
  '\uFEFFbom',
  'nul\u0000byte',
  'bell\u0007esc\u001b[31m',
  'line\u2028para\u2029',
  'nel\u0085',
  'lone\uD800surrogate',
  '𝕏👩‍👩‍👧‍👦🏳️‍🌈',
  '全角：冒号，「引号」',
  '"quoted" \'single\' `tick` \\back',
  ': colon-space # hash',
  '- dash\n- list',
  '{{handlebars}} {{{triple}}} {{#each x}}',
  '<script>alert(1)</script> &amp; </div>',
  '| pipe | table |',
  '=HYPERLINK("http://x")',
  '+cmd|\' /C calc\'!A0',
  'A --> B; C[(db)] %%{init: {}}%% click A call x()',
  '---\n...\n',
  '&anchor *alias !!binary',
  '\t\ttabs\t',
  '    ',
  'x'.repeat(5000),
];

/** Values of every other YAML type, used to replace a node's value. */
const OTHER_VALUES: unknown[] = [null, 0, -1, 3.5, 1e309, true, 'text', '', [], ['a'], {}, { id: 'x' }, '2026-02-30', 'not-an-id!', 99999999999];

/** Every node path in a document (map values and sequence items), parents before children. */
export function nodePaths(doc: Document): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key !== 'string' && typeof key !== 'number') continue;
        out.push([...path, key]);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push([...path, i]);
        walk(item, [...path, i]);
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

/** Sequences whose items carry an `id`: where duplicate ids can be made. */
function idLists(doc: Document): (string | number)[][] {
  return nodePaths(doc).filter((p) => {
    const node = doc.getIn(p, true) as Node | undefined;
    return isSeq(node) && node.items.some((item) => isMap(item) && item.has('id'));
  });
}

const pickFrom = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** Parses `text` for a structural mutation, or undefined when it is not a mapping. */
function parsed(text: string): Document | undefined {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && isMap(doc.contents) ? doc : undefined;
}

/** One structural or byte-level change, applied to the text of one file. */
type TextMutation = (text: string, n: number, m: number) => { text?: string; bytes?: Uint8Array; label: string } | undefined;

/** The mutations, by name. Each takes the file text and two free numbers that choose where and what. */
export const TEXT_MUTATIONS: Record<string, TextMutation> = {
  deleteKey(text, n) {
    const doc = parsed(text);
    const path = doc && pickFrom(nodePaths(doc), n);
    if (!doc || !path) return undefined;
    doc.deleteIn(path);
    return { text: doc.toString(), label: `delete ${path.join('.')}` };
  },
  changeType(text, n, m) {
    const doc = parsed(text);
    const path = doc && pickFrom(nodePaths(doc), n);
    if (!doc || !path) return undefined;
    const value = OTHER_VALUES[m % OTHER_VALUES.length];
    doc.setIn(path, doc.createNode(value));
    return { text: doc.toString(), label: `set ${path.join('.')} = ${JSON.stringify(value)}` };
  },
  oddUnicodeValue(text, n, m) {
    const doc = parsed(text);
    const scalars = doc ? nodePaths(doc).filter((p) => typeof doc.getIn(p) === 'string') : [];
    const path = pickFrom(scalars, n);
    if (!doc || !path) return undefined;
    const odd = ODD_TEXT[m % ODD_TEXT.length]!;
    doc.setIn(path, `${String(doc.getIn(path))}${odd}`);
    return { text: doc.toString(), label: `append odd text #${m % ODD_TEXT.length} to ${path.join('.')}` };
  },
  oddUnicodeRaw(text, n, m) {
    const at = n % (text.length + 1);
    const odd = ODD_TEXT[m % ODD_TEXT.length]!;
    return { text: text.slice(0, at) + odd + text.slice(at), label: `insert odd text #${m % ODD_TEXT.length} at char ${at}` };
  },
  truncate(text, n) {
    const bytes = Buffer.from(text, 'utf8');
    const at = n % (bytes.length + 1);
    // Cutting at a byte offset may split a UTF-8 sequence, as a crashed writer would.
    return { bytes: bytes.subarray(0, at), label: `truncate at byte ${at} of ${bytes.length}` };
  },
  duplicateId(text, n, m) {
    const doc = parsed(text);
    const list = doc && pickFrom(idLists(doc), n);
    if (!doc || !list) return undefined;
    const seq = doc.getIn(list, true) as Node;
    if (!isSeq(seq)) return undefined;
    const items = seq.items.filter((item) => isMap(item) && item.has('id'));
    const source = items[m % items.length]!;
    seq.items.push(doc.createNode((source as unknown as { toJSON(): unknown }).toJSON()) as never);
    return { text: doc.toString(), label: `duplicate item ${m % items.length} of ${list.join('.')}` };
  },
  renameId(text, n, m) {
    // An id changed in one place only: every reference to it now dangles.
    const doc = parsed(text);
    const ids = doc ? nodePaths(doc).filter((p) => p[p.length - 1] === 'id') : [];
    const path = pickFrom(ids, n);
    if (!doc || !path) return undefined;
    const value = ['renamed', 'x', '0', 'a-very-long-id-'.repeat(5)][m % 4];
    doc.setIn(path, value);
    return { text: doc.toString(), label: `rename ${path.join('.')} to ${value}` };
  },
  garbageBytes(_text, n, m) {
    const bytes = new Uint8Array(1 + (n % 512));
    let x = m + 1;
    for (let i = 0; i < bytes.length; i++) bytes[i] = x = (x * 1103515245 + 12345) & 0xff;
    return { bytes, label: `replace with ${bytes.length} garbage bytes` };
  },
  empty() {
    return { text: '', label: 'empty file' };
  },
  crlfAndBom(text) {
    return { text: `\uFEFF${text.replace(/\n/g, '\r\n')}`, label: 'BOM and CRLF line ends' };
  },
};

/** File-level mutations: what sits at a path. */
export const FILE_MUTATIONS = ['swapForDir', 'remove'] as const;

/** One mutation, described by numbers so fast-check can generate and shrink it. */
export interface MutationSpec {
  file: number;
  mutation: string;
  n: number;
  m: number;
}

/** The arbitrary of one mutation. */
export const mutationSpec = (): fc.Arbitrary<MutationSpec> =>
  fc.record({
    file: fc.nat(WORKSPACE_PATHS.length - 1),
    mutation: fc.constantFrom(...Object.keys(TEXT_MUTATIONS), ...FILE_MUTATIONS),
    n: fc.nat(100_000),
    m: fc.nat(1_000),
  });

/** Applies `specs` in order to `files`; a mutation that does not apply to a file is skipped. */
export function applyMutations(files: Files, specs: readonly MutationSpec[]): Mutated {
  const entries: Record<string, Entry> = {};
  for (const [path, text] of Object.entries(files)) entries[path] = { kind: 'text', text };
  const labels: string[] = [];
  for (const spec of specs) {
    const path = WORKSPACE_PATHS[spec.file % WORKSPACE_PATHS.length]!;
    const entry = entries[path];
    if (spec.mutation === 'swapForDir' || spec.mutation === 'remove') {
      entries[path] = spec.mutation === 'remove' ? { kind: 'absent' } : { kind: 'dir' };
      labels.push(`${path}: ${spec.mutation}`);
      continue;
    }
    if (entry?.kind !== 'text') continue;
    const result = TEXT_MUTATIONS[spec.mutation]!(entry.text, spec.n, spec.m);
    if (!result) continue;
    entries[path] = result.bytes ? { kind: 'bytes', bytes: result.bytes } : { kind: 'text', text: result.text! };
    labels.push(`${path}: ${result.label}`);
  }
  return { label: labels.join('; ') || 'no change', entries };
}

/** Reads the workspace files of `dir` into memory (missing ones are left out). */
export async function readWorkspace(dir: string): Promise<Files> {
  const files: Files = {};
  for (const path of WORKSPACE_PATHS) {
    try {
      files[path] = await readFile(join(dir, path), 'utf8');
    } catch {
      // An example without this file still makes a useful base.
    }
  }
  return files;
}

/** Writes a mutated workspace into `dir`, replacing whatever the previous run left there. */
export async function writeMutated(dir: string, mutated: Mutated): Promise<void> {
  for (const path of WORKSPACE_PATHS) await rm(join(dir, path), { recursive: true, force: true });
  await mkdir(join(dir, 'canvases'), { recursive: true });
  for (const [path, entry] of Object.entries(mutated.entries)) {
    const abs = join(dir, path);
    if (entry.kind === 'text') await writeFile(abs, entry.text);
    else if (entry.kind === 'bytes') await writeFile(abs, entry.bytes);
    else if (entry.kind === 'dir') await mkdir(join(abs, 'inside'), { recursive: true });
  }
}

/** Lines that look like a JavaScript stack frame: what a user must never see. */
export const STACK_LINE = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

/** The "internal error" message in every locale (cli.err.internal). */
export const INTERNAL_ERROR = /internal error|内部错误|內部錯誤|TypeError|ReferenceError|RangeError|SyntaxError:|Cannot read propert|undefined is not|is not a function/;

/** Lists the files under `dir` whose name looks like a dxplan temporary file. */
export async function tempFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /^\..+\.tmp$/.test(entry.name)) out.push(join(entry.parentPath ?? dir, entry.name));
  }
  return out;
}

/** A valid workspace to mutate. */
export interface Base {
  name: string;
  locale: Locale;
  files: Files;
}

/**
 * The valid workspaces mutations start from: the examples, fresh `init` workspaces (en, zh-TW)
 * and a small generated one. Temporary folders made on the way are added to `temps`.
 */
export async function loadBases(root: string, temps: string[]): Promise<Base[]> {
  const bases: Base[] = [];
  for (const name of ['home-furnishing', 'patient-service']) {
    const files = await readWorkspace(join(root, 'examples', name));
    if (files['dxplan.yaml']) bases.push({ name: `examples/${name}`, locale: name === 'patient-service' ? 'zh-CN' : 'en', files });
  }
  for (const locale of ['en', 'zh-TW'] as const) {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-fault-init-'));
    temps.push(dir);
    await initWorkspace({ dir, locale, force: true });
    bases.push({ name: `init --lang ${locale}`, locale, files: await readWorkspace(dir) });
  }
  const generated = await mkdtemp(join(tmpdir(), 'dxplan-fault-gen-'));
  temps.push(generated);
  const gen = spawnSync(process.execPath, [join(root, 'scripts/generate-workspace.js'), generated, '--goals', '3'], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`generate-workspace failed: ${gen.stderr}`);
  bases.push({ name: 'generated, 3 goals', locale: 'en', files: await readWorkspace(generated) });
  return bases;
}
