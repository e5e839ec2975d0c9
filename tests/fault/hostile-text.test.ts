// User text that would act on a terminal, and YAML that used to get a wrong or untranslated
// diagnosis. The terminal cases run the real program; what reaches stdout must hold no escape
// sequence of the user's (dxplan's own colours are off here, so none at all).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorCode } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/shared/terminal-safe.js';
import { LOCALES } from '../../src/domain/enums.js';
import { catalogue, translator } from '../../src/i18n/index.js';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { parseYaml, yamlCodeMessage } from '../../src/store/parse-yaml.js';
import { readText } from '../../src/store/read-text.js';
import { removeTemp } from '../helpers/temp-workspace.js';

const BIN = fileURLToPath(new URL('../../bin/dxplan.js', import.meta.url));
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/** Anything a terminal would obey: C0 controls but newline, DEL, C1, bidi controls. */
const OBEYED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = '\u001b]0;pwned\u0007\u001b[31mRed\u009b2J\u202eevil';

function dxplan(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--lang', 'en'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('terminalSafe', () => {
  it('shows every control character and bidi control as a visible escape, keeping line breaks only when asked', () => {
    expect(terminalSafe(HOSTILE)).toBe('\\x1b]0;pwned\\x07\\x1b[31mRed\\x9b2J\\u202eevil');
    expect(terminalSafe('a\nb\tc\r')).toBe('a\\nb\\tc\\x0d');
    expect(terminalSafe('a\nb\tc', { multiline: true })).toBe('a\nb c');
    expect(terminalSafe('中文 text, émoji 🎉 and RLM \u200f stay')).toBe('中文 text, émoji 🎉 and RLM \\u200f stay');
  });
});

describe('hostile names in a workspace', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxplan-hostile-text-'));
    temps.push(dir);
    await initWorkspace({ dir, locale: 'en', force: true });
    const ba = join(dir, 'canvases/business-architecture.yaml');
    const text = await readFile(ba, 'utf8');
    // A goal name with escapes, and an unknown key holding one.
    const hostile = text.replace(/(\n    name: )Replace with a key operating goal[^\n]*/, `$1${JSON.stringify(HOSTILE)}\n    "x\\e[31mkey": 1`);
    expect(hostile).not.toBe(text);
    await writeFile(ba, hostile);
  });

  it('validate reports the control character with its position and prints nothing a terminal obeys', () => {
    const r = dxplan(['validate', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toContain('goals.0.name holds the control character U+001B (character 1)');
    expect(r.out).toContain('unknown key "x\\x1b[31mkey"');
    expect(r.out).not.toMatch(OBEYED);
  });

  it('check and show print the allowed-but-invisible characters of a valid name as escapes, and nothing a terminal obeys', async () => {
    const ba = join(dir, 'canvases/business-architecture.yaml');
    const text = await readFile(ba, 'utf8');
    // Valid: the unknown key removed, the name holding only what text fields allow (a line
    // separator and a right-to-left mark, as pasted from real documents), yet invisible on screen.
    const valid = text.replace(/\n    "x\\e\[31mkey": 1/, '').replace(JSON.stringify(HOSTILE), JSON.stringify('Growth\u2028\u200fmark'));
    expect(valid).not.toContain('31mkey');
    await writeFile(ba, valid);
    for (const args of [['check', '.'], ['show', 'business-architecture', '.']]) {
      const r = dxplan(args, dir);
      expect([0, 1], `${args.join(' ')}: ${r.out}`).toContain(r.code);
      expect(r.out, args.join(' ')).toContain('Growth\\u2028\\u200fmark');
      expect(r.out, args.join(' ')).not.toMatch(/[\u2028\u200f]/);
      expect(r.out, args.join(' ')).not.toMatch(OBEYED);
    }
    // JSON keeps the data exact for machines, with the invisible characters as \u escapes.
    const json = dxplan(['check', '.', '--format', 'json'], dir);
    expect(json.out).not.toMatch(/[\u2028\u200f]/);
    expect(json.out).not.toMatch(OBEYED);
  });
});

describe('YAML diagnosis', () => {
  const t = translator('en');

  it('every yaml error code has a message of its own in all three locales', () => {
    const codes: ErrorCode[] = ['ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS', 'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'RESOURCE_EXHAUSTION', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN', 'BAD_COLLECTION_TYPE'];
    for (const code of codes) {
      const key = yamlCodeMessage(code);
      expect(key, code).toBeDefined();
      for (const locale of LOCALES) expect(catalogue[key!][locale], `${code} ${locale}`).not.toMatch(/[A-Z]{3,}_[A-Z]/);
    }
  });

  it.each([
    ['MULTIPLE_DOCS', 'version: 1\n---\nversion: 1\n', 'more than one YAML document'],
    ['BAD_DQ_ESCAPE', 'version: 1\nname: "a \\q b"\n', 'unknown escape'],
    ['KEY_OVER_1024_CHARS', `version: 1\n${'k'.repeat(1100)}: 1\n`, 'longer than 1,024'],
    ['RESOURCE_EXHAUSTION', `version: 1\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, 'nested too deeply'],
  ])('%s is reported in words, not as its code', (code, text, words) => {
    const r = parseYaml(text, 'f.yaml', t);
    expect(r.ok).toBe(false);
    const p = (r as { problems: { message: string }[] }).problems[0]!;
    expect(p.message).toContain(words);
    expect(p.message).not.toContain(code);
  });

  it('an undefined alias is reported at the alias, by name, not as an alias bomb', () => {
    const r = parseYaml('version: 1\nname: *nope\n', 'f.yaml', t);
    expect(r.ok).toBe(false);
    const p = (r as { problems: { rule: string; line: number; col: number; message: string }[] }).problems[0]!;
    expect(p).toMatchObject({ rule: 'yaml/syntax', line: 2, col: 7 });
    expect(p.message).toContain('*nope');
    expect(p.message).not.toContain('alias bomb');
  });

  it('exactly 100 aliases are accepted; 101 are "more than 100"', () => {
    const aliases = (n: number) => `version: 1\na: &x 1\nb:\n${'  - *x\n'.repeat(n)}`;
    expect(parseYaml(aliases(100), 'f.yaml', t).ok).toBe(true);
    const r = parseYaml(aliases(101), 'f.yaml', t);
    expect(r.ok).toBe(false);
    expect((r as { problems: { rule: string; message: string }[] }).problems[0]).toMatchObject({ rule: 'yaml/alias-bomb', message: expect.stringContaining('more than 100') });
  });

  it('a file with CR-only line ends is not called CRLF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-cr-'));
    temps.push(dir);
    await writeFile(join(dir, 'cr.yaml'), 'version: 1\rname: x\r');
    await writeFile(join(dir, 'crlf.yaml'), 'version: 1\r\nname: x\r\n');
    const cr = await readText(join(dir, 'cr.yaml'), 'cr.yaml', t);
    const crlf = await readText(join(dir, 'crlf.yaml'), 'crlf.yaml', t);
    expect(cr.ok || cr.problem.message).toContain('carriage return alone');
    expect(crlf.ok || crlf.problem.message).toContain('CRLF');
  });

  it('.nan is "not a number", not "a number"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-nan-'));
    temps.push(dir);
    await initWorkspace({ dir, locale: 'en', force: true });
    const path = join(dir, 'canvases/assessment.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replace('    current: 0\n', '    current: .nan\n'));
    const { problems } = await loadWorkspace(dir, t, dir);
    const p = problems.find((x) => x.rule === 'schema/type')!;
    expect(p.message).toContain('.nan (not a number)');
    expect(p.message).not.toMatch(/should be a number, but is a number/);
  });
});
