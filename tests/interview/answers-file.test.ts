// `dxplan interview --answers FILE`, and refusing to wait for input nobody can give: the real
// program, spawned without a terminal.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CANVAS_IDS } from '../../src/domain/canvas-ids.js';
import { runCli } from '../helpers/run-cli.js';
import { freshWorkspace } from './helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const snapshot = async (dir: string) => Promise.all(CANVAS_IDS.map((id) => readFile(join(dir, 'canvases', `${id}.yaml`), 'utf8')));

describe('without a terminal', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await freshWorkspace('zh-CN');
  });

  it('refuses at once, in the workspace language, instead of waiting for input', () => {
    const started = Date.now();
    const result = runCli(['interview', dir], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('访谈需要在终端中输入回答，但标准输入不是终端');
    expect(result.stderr).toContain('--answers');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses when CI is set', () => {
    const result = runCli(['interview', 'north-star', dir, '--lang', 'en'], dir, { CI: 'true' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('CI is set, so nobody can answer questions here');
  });

  it('names an unknown canvas and suggests the right one', () => {
    const result = runCli(['interview', dir, 'north-stars', '--lang', 'en'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown canvas "north-stars"');
    expect(result.stderr).toContain('did you mean "north-star"?');
  });
});

describe('--answers', () => {
  it('fills every canvas of a fresh workspace, which then validates', async () => {
    const dir = await freshWorkspace('zh-CN');
    const result = runCli(['interview', dir, '--answers', fixture('answers-zh.yaml')], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已将答案写入 5 张画布。');
    expect(result.stdout).toContain('│ 医生资源沉淀 │ 医生入驻');
    const ba = await readFile(join(dir, 'canvases', 'business-architecture.yaml'), 'utf8');
    expect(ba).toContain('# 关键运营目标：画布的列。');
    expect(parse(ba).roles.map((r: { name: string }) => r.name)).toEqual(['医生', '医药代表']);
    expect(runCli(['validate', dir], dir).code).toBe(0);
  });

  it('reports every missing, invalid and unknown answer with its line and column, and writes nothing', async () => {
    const dir = await freshWorkspace('zh-CN');
    const before = await snapshot(dir);
    const answers = fixture('answers-bad.yaml');
    const result = runCli(['interview', 'north-star', dir, '--answers', answers, '--lang', 'en'], dir);
    expect(result.code).toBe(2);
    const out = result.stdout;
    expect(out).toMatch(/answers-bad\.yaml:6:\d+ {2}error {2}answers\/invalid {2}invalid answer north-star\.candidates\[1\]\.scores\.indirect_value: 3/);
    expect(out).toContain('Enter a whole number from 0 to 2.');
    expect(out).toMatch(/answers-bad\.yaml:10:13 {2}error {2}answers\/invalid {2}invalid answer north-star\.inputs\[1\]\.kind: width/);
    expect(out).toContain('Expected one of: breadth, depth, frequency, efficiency.');
    expect(out).toMatch(/answers-bad\.yaml:13:9 {2}error {2}answers\/invalid {2}invalid answer north-star\.cold_start\.by: 2027-02-30/);
    expect(out).toContain('2027-02-30 is not a real calendar date');
    expect(out).toMatch(/answers-bad\.yaml:15:5 {2}error {2}answers\/unknown {2}unknown answer north-star\.cold_start\.loyal_usr/);
    expect(out).toContain('Did you mean "loyal_user"?');
    expect(out).toMatch(/answers-bad\.yaml:\d+:\d+ {2}error {2}answers\/missing {2}missing answer north-star\.cold_start\.loyal_user/);
    expect(out).toMatch(/answers-bad\.yaml:17:1 {2}error {2}answers\/unknown {2}"launch_plan" is not a canvas/);
    expect(out).toContain('Did you mean "launch-plan"?');
    expect(out).toContain('Nothing was written');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('accepts the answers file shown in docs/interview.md', async () => {
    const docs = await readFile(fileURLToPath(new URL('../../docs/interview.md', import.meta.url)), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    const dir = await freshWorkspace('zh-CN');
    const answers = join(dir, 'answers.yaml');
    await writeFile(answers, example!);
    const result = runCli(['interview', dir, '--answers', answers, '-q'], dir);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(runCli(['validate', dir], dir).code).toBe(0);
  });

  it('reads only the named canvas from a full answers file', async () => {
    const dir = await freshWorkspace('zh-CN');
    const before = await snapshot(dir);
    const result = runCli(['interview', 'north-star', dir, '--answers', fixture('answers-zh.yaml'), '-q'], dir);
    expect(result.code).toBe(0);
    const after = await snapshot(dir);
    CANVAS_IDS.forEach((id, i) => {
      if (id === 'north-star') expect(after[i]).not.toBe(before[i]);
      else expect(after[i]).toBe(before[i]);
    });
  });
});
