// End to end: the real binary creates a workspace and validates it, in every locale.
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { removeTemp } from '../helpers/temp-workspace.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

const expectations = {
  en: { done: 'created a workspace in plan', valid: '✔ plan: the workspace is valid', exists: 'already holds a dxplan workspace', comment: /^# /m },
  'zh-CN': { done: '已在 plan 创建工作区', valid: '✔ plan：工作区有效', exists: '中已有 dxplan 工作区', comment: /[\u4e00-\u9fff]/ },
  'zh-TW': { done: '已在 plan 建立工作區', valid: '✔ plan：工作區有效', exists: '中已有 dxplan 工作區', comment: /[\u4e00-\u9fff]/ },
} as const;

describe.each(Object.entries(expectations))('dxplan init then validate (%s)', (locale, expected) => {
  it('creates a commented, valid workspace and refuses to overwrite it', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'dxplan-e2e-'));
    temps.push(cwd);
    const init = runCli(['init', 'plan', '--lang', locale, '--name', 'Plan: "A" #1', '--org', "O'Brien & Co"], cwd);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(expected.done);

    const manifest = await readFile(join(cwd, 'plan/dxplan.yaml'), 'utf8');
    expect(manifest.split('\n')[0]).toBe('# yaml-language-server: $schema=./.dxplan/schema/dxplan.schema.json');
    expect(manifest).toContain(`locale: ${locale}`);
    expect(manifest).toMatch(expected.comment);
    for (const canvas of await readdir(join(cwd, 'plan/canvases'))) {
      const text = await readFile(join(cwd, 'plan/canvases', canvas), 'utf8');
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../.dxplan/schema/${canvas.replace('.yaml', '')}.schema.json`);
    }
    expect(JSON.parse(await readFile(join(cwd, 'plan/.dxplan/schema/north-star.schema.json'), 'utf8')).additionalProperties).toBe(false);
    expect(await readFile(join(cwd, 'plan/.gitattributes'), 'utf8')).toContain('*.yaml text eol=lf');

    // The workspace's locale is used without --lang.
    const validate = runCli(['validate', 'plan'], cwd);
    expect(validate.stdout.trim()).toBe(expected.valid);
    expect(validate.code).toBe(0);

    const json = runCli(['validate', 'plan', '--format', 'json'], cwd);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: true, errors: 0, problems: [] });

    const again = runCli(['init', 'plan', '--lang', locale], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(expected.exists);
    expect(await readFile(join(cwd, 'plan/dxplan.yaml'), 'utf8')).toBe(manifest);

    const forced = runCli(['init', 'plan', '--lang', locale, '--force'], cwd);
    expect(forced.code).toBe(0);
  });
});

describe('the bundled examples', () => {
  it.each(['patient-service', 'home-furnishing'])('%s validates clean', (name) => {
    const r = runCli(['validate', `examples/${name}`], join(__dirname, '../..'));
    expect(r.stdout).toContain('✔');
    expect(r.code).toBe(0);
  });
});

describe('usage errors', () => {
  it('exit 2 with a localized one-line message and no stack trace', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'dxplan-e2e-'));
    temps.push(cwd);
    const r = runCli(['valdate'], cwd, { LANG: 'zh_TW.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dxplan: 未知命令 valdate（您是不是想輸入 "validate"？）\n執行 "dxplan --help" 查看用法。\n');
    const bad = runCli(['validate', '--format', 'xml'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('xml');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('--version prints the package version and --help has an example for every command', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'dxplan-e2e-'));
    temps.push(cwd);
    const pkg = JSON.parse(await readFile(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'], cwd).stdout.trim()).toBe(pkg.version);
    const help = runCli(['--help'], cwd).stdout;
    for (const command of ['init', 'interview', 'validate', 'check', 'show', 'build', 'schema']) {
      expect(help).toMatch(new RegExp(`^  dxplan ${command}`, 'm'));
      const sub = runCli([command, '--help'], cwd);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain(`dxplan ${command}`);
    }
  });
});
