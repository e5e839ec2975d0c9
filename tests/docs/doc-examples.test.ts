// The examples in the README and docs/ reproduce: every ```console block is run, command by
// command, in a temporary copy of the bundled examples, and what dxplan prints must match what the
// page shows. A line `…` stands for any number of lines, and a line ending in `…` for any line that
// starts with what precedes it; the temporary folder's path is removed before comparing.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';
import { removeTemp } from '../helpers/temp-workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = ['README.md', ...(await readdir(join(root, 'docs'))).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/** One command of an example and the output the page shows for it. */
interface Step {
  command: string;
  expected: string[];
  line: number;
}

/** The ```console blocks of a page, as steps in page order. */
function consoleSteps(markdown: string): Step[] {
  const steps: Step[] = [];
  // A block inside a list item is indented like its fence; that indentation is not output.
  let indent: string | undefined;
  for (const [i, raw] of markdown.split('\n').entries()) {
    const fence = /^(\s*)```(\w*)\s*$/.exec(raw);
    if (indent === undefined) {
      if (fence?.[2] === 'console') indent = fence[1]!;
      continue;
    }
    if (fence) {
      indent = undefined;
      continue;
    }
    const line = raw.startsWith(indent) ? raw.slice(indent.length) : raw;
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), expected: [], line: i + 1 });
    else steps.at(-1)?.expected.push(line);
  }
  return steps;
}

/** Whether `actual` lines match `expected` lines, `…` standing for any lines and `x…` for a line starting with x. */
function linesMatch(expected: readonly string[], actual: readonly string[]): boolean {
  const memo = new Map<string, boolean>();
  const at = (e: number, a: number): boolean => {
    const key = `${e},${a}`;
    if (memo.has(key)) return memo.get(key)!;
    let ok: boolean;
    if (e === expected.length) ok = a === actual.length;
    else if (expected[e] === '…') ok = at(e + 1, a) || (a < actual.length && at(e, a + 1));
    else if (a === actual.length) ok = false;
    else {
      const want = expected[e]!;
      const same = want.endsWith('…') ? actual[a]!.startsWith(want.slice(0, -1)) : actual[a] === want;
      ok = same && at(e + 1, a + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return at(0, 0);
}

describe('the console examples of every page reproduce', () => {
  it('the runner reads blocks and matches elisions as documented', () => {
    expect(consoleSteps('```console\n$ dxplan a\nout 1\n…\n$ dxplan b\n```\n```sh\n$ not me\n```\n- item\n  ```console\n  $ dxplan c\n    indented\n  ```\n')).toEqual([
      { command: 'dxplan a', expected: ['out 1', '…'], line: 2 },
      { command: 'dxplan b', expected: [], line: 5 },
      { command: 'dxplan c', expected: ['  indented'], line: 12 },
    ]);
    expect(linesMatch(['a', '…', 'd'], ['a', 'b', 'c', 'd'])).toBe(true);
    expect(linesMatch(['a', '…', 'd'], ['a', 'd'])).toBe(true);
    expect(linesMatch(['a', 'b…'], ['a', 'bcd'])).toBe(true);
    expect(linesMatch(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(linesMatch(['a', 'x…'], ['a', 'bcd'])).toBe(false);
  });

  it.each(pages)('%s', { timeout: 120_000 }, async (page) => {
    const steps = consoleSteps(await readFile(join(root, page), 'utf8'));
    if (steps.length === 0) return;
    const cwd = await mkdtemp(join(tmpdir(), 'dxplan-doc-'));
    temps.push(cwd);
    for (const example of ['home-furnishing', 'patient-service']) await cp(join(root, 'examples', example), join(cwd, 'examples', example), { recursive: true });
    // `dxplan` on PATH is this checkout's bin/dxplan.js, as an installed one would be.
    await mkdir(join(cwd, '.bin'));
    await writeFile(join(cwd, '.bin', 'dxplan'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`, { mode: 0o755 });
    const env = {
      PATH: `${join(cwd, '.bin')}:${process.env.PATH}`,
      HOME: cwd,
      LANG: 'en_US.UTF-8',
      TZ: 'UTC',
      NO_COLOR: '1',
      COLUMNS: '100',
      // No example draws pictures: those depend on the machine's browser and fonts.
      DXPLAN_BROWSER: join(cwd, 'no-browser'),
    };
    for (const step of steps) {
      const run = spawnSync('sh', ['-c', `${step.command} 2>&1`], { cwd, env, encoding: 'utf8', timeout: 60_000 });
      const actual = run.stdout.split(cwd + '/').join('').split(cwd).join('.').replace(/\n$/, '').split('\n').map((l) => l.trimEnd());
      const shown = run.stdout === '' ? [] : actual;
      const expected = step.expected.map((l) => l.trimEnd());
      expect(linesMatch(expected, shown), `${page}:${step.line} $ ${step.command}\n--- the page shows:\n${expected.join('\n')}\n--- dxplan printed:\n${shown.join('\n')}`).toBe(true);
    }
  });
});
