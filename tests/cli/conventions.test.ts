// The command-line conventions a newcomer meets first (issue 14): bare `dxplan` is help, a usage
// mistake is one line in the user's language that names the bad value, `help <command>` works,
// and `show` takes a folder alone like every other command.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { removeTemp } from '../helpers/temp-workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'dxplan-cli-'));
  await cp(join(root, 'examples/home-furnishing'), join(cwd, 'my-plan'), { recursive: true });
  await cp(join(root, 'examples/patient-service'), join(cwd, 'zh-plan'), { recursive: true });
});
afterAll(() => removeTemp(cwd));

/** stderr as lines, without the final newline. */
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('bare dxplan', () => {
  it('prints the help on stdout and exits 0', () => {
    const r = runCli([], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: dxplan \[options\] \[command\]/);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/^ {2}completion /m);
  });

  it('in the language --lang names, with only global options given', () => {
    const r = runCli(['--lang', 'zh-TW'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法：\s*dxplan/);
  });
});

describe('dxplan help <command>', () => {
  it('prints the command help, as --help does', () => {
    const r = runCli(['help', 'build'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(runCli(['build', '--help'], cwd).stdout);
    expect(r.stdout).toMatch(/^Usage: dxplan build/);
  });

  it('names a command that does not exist, with a suggestion, and exits 2', () => {
    const r = runCli(['help', 'biuld'], cwd);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['dxplan: unknown command biuld (did you mean "build"?)', 'Run "dxplan --help" for usage.']);
  });
});

describe('usage errors', () => {
  it.each([
    [['check', 'my-plan', '--frob'], 'dxplan: unknown option --frob', 'check'],
    [['check', 'my-plan', '--format', 'xml'], 'dxplan: --format does not accept "xml"; allowed: text, json', 'check'],
    [['validate', 'my-plan', '--format=xml'], 'dxplan: --format does not accept "xml"; allowed: text, json', 'validate'],
    [['--lang', 'fr'], 'dxplan: --lang does not accept "fr"; allowed: en, zh-CN, zh-TW', undefined],
    [['completion', 'tcsh'], 'dxplan: [shell] does not accept "tcsh"; allowed: bash, zsh, fish', 'completion'],
    [['validate', 'my-plan', 'extra'], 'dxplan: unexpected argument "extra"; usage: dxplan validate [dir]', 'validate'],
    [['build', '--out'], 'dxplan: option --out <dir> needs a value', 'build'],
  ])('%j: one line naming the mistake, then where the usage is', (args, message, command) => {
    const r = runCli(args, cwd);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([message, command ? `Run "dxplan ${command} --help" for usage.` : 'Run "dxplan --help" for usage.']);
  });

  it('suggests the option that was meant', () => {
    const r = runCli(['check', 'my-plan', '--frmat', 'json'], cwd);
    expect(lines(r.stderr)[0]).toBe('dxplan: unknown option --frmat (did you mean "--format"?)');
  });

  it('speaks the language of the workspace on the command line, with no English line before it', () => {
    const r = runCli(['check', 'zh-plan', '--format', 'xml'], cwd, { LANG: 'en_US.UTF-8' });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['dxplan: --format 不接受 "xml"；可选值：text, json', '运行 "dxplan check --help" 查看用法。']);
    const unknown = runCli(['build', '--frob'], join(cwd, 'zh-plan'));
    expect(lines(unknown.stderr)).toEqual(['dxplan: 未知选项 --frob', '运行 "dxplan build --help" 查看用法。']);
  });

  it.each(['en_US.UTF-8', 'zh_CN.UTF-8', 'zh_TW.UTF-8'])('never prints commander\'s own English line (LANG=%s)', (lang) => {
    for (const args of [['build', '--frob'], ['check', '--format', 'xml'], ['validate', 'a', 'b'], ['show', '--frob'], ['init', '--name']]) {
      const r = runCli(args, cwd, { LANG: lang });
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/^error: /m);
      expect(lines(r.stderr)).toHaveLength(2);
    }
  });

  it('shows a control character in a bad value as an escape, not raw', () => {
    const r = runCli(['check', '--format', 'x\u001b[31my'], cwd);
    expect(r.stderr).toContain('"x\\x1b[31my"');
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('dxplan show [canvas] [dir]', () => {
  it('shows a folder given alone (its board and business feature table)', () => {
    const alone = runCli(['show', 'my-plan'], cwd, { COLUMNS: '120' });
    expect(alone.stderr).toBe('');
    expect(alone.code).toBe(0);
    expect(alone.stdout).toBe(runCli(['show', 'business-architecture', 'my-plan'], cwd, { COLUMNS: '120' }).stdout);
    // The board (goals across, functions down) comes first, as the interview shows it, then the feature table.
    expect(alone.stdout).toMatch(/^The board: goals across, functions down\n/);
    expect(alone.stdout).toMatch(/\nBusiness feature table\n/);
  });

  it('takes the folder first and the canvas second, as interview does', () => {
    const r = runCli(['show', 'my-plan', 'north-star'], cwd, { COLUMNS: '120' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(runCli(['show', 'north-star', 'my-plan'], cwd, { COLUMNS: '120' }).stdout);
  });

  it('a name that is neither a canvas nor a folder: says so, with the canvas or folder it was probably meant to be', () => {
    const canvas = runCli(['show', 'nort-star'], cwd);
    expect(canvas.code).toBe(2);
    expect(canvas.stderr).toBe(
      'dxplan: "nort-star" is neither a canvas nor a folder; canvases: value-positioning, business-architecture, north-star, assessment, launch-plan (did you mean "north-star"?)\n',
    );
    const folder = runCli(['show', 'my-plam'], cwd);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('(did you mean "my-plan"?)');
  });

  it('a misspelt canvas after a folder is named as a canvas', () => {
    const r = runCli(['show', 'my-plan', 'nort-star'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown canvas "nort-star"');
    expect(r.stderr).toContain('(did you mean "north-star"?)');
  });
});
