// End to end: types Chinese answers into the real `bin/dxplan.js interview` running in a real
// terminal (tmux), reads the screen the way a person would, and checks the YAML it leaves behind.
// Also presses Ctrl-C in that terminal and checks exit code 130 and the saved answers.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
/** A tmux server of our own, so the test never touches a user's sessions. */
const SOCKET = `dxplan-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

/** The visible screen of the session. */
const screen = (session: string) => tmux('capture-pane', '-p', '-t', session);

/** Waits until the screen shows `text` (generous: CI machines are slow), then returns the screen. */
async function waitFor(session: string, text: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = screen(session);
    if (last.includes(text)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${JSON.stringify(text)}; the screen shows:\n${last}`);
}

/** Types text (literally, Chinese included) and presses Enter. */
function type(session: string, text = ''): void {
  if (text) tmux('send-keys', '-t', session, '-l', text);
  tmux('send-keys', '-t', session, 'Enter');
}

/** Starts `dxplan interview …` in a 160×50 terminal; the shell line prints the exit code at the end. */
function start(session: string, args: string[]): void {
  const command = `${[process.execPath, BIN, 'interview', ...args].map((a) => `'${a}'`).join(' ')}; echo "EXIT=$?"; sleep 60`;
  tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '50', '-e', 'LANG=C.UTF-8', '-e', 'DXPLAN_TODAY=2027-01-05', command);
}

async function freshWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-tmux-'));
  expect(runCli(['init', dir, '--lang', 'zh-CN'], dir).code).toBe(0);
  return dir;
}

describe.skipIf(!hasTmux)('interview in a real terminal (tmux)', () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('takes Chinese answers for the north star and leaves them in the YAML, comments kept', async () => {
    const dir = await freshWorkspace();
    const s = 'ns';
    start(s, ['north-star', dir, '--lang', 'zh-CN']);
    await waitFor(s, '是初始模板中的示例');
    type(s); // remove the starter example
    await waitFor(s, '添加一个候选指标？');
    type(s);
    await waitFor(s, '哪个指标有可能成为平台的北极星');
    type(s, '?'); // the why and an example, then the same question again
    await waitFor(s, '为什么问:');
    type(s, '月活跃随访患者数');
    await waitFor(s, '(metric_1)');
    type(s);
    await waitFor(s, '这个指标具体怎么统计');
    type(s, '当月至少完成一次随访的患者');
    for (const [question, score] of [['直接的业务价值', '2'], ['间接的业务价值', '2'], ['连接更多有效资源', '1'], ['累积性', '2']] as const) {
      await waitFor(s, question);
      type(s, score);
    }
    await waitFor(s, '再添加一个候选指标？');
    type(s, 'n');
    await waitFor(s, '哪一个候选指标作为北极星');
    expect(screen(s)).toContain('月活跃随访患者数 (7/8) ← 得分最高');
    type(s);
    await waitFor(s, '是初始模板中的示例');
    type(s); // remove the example input
    await waitFor(s, '添加一个输入指标？');
    type(s);
    await waitFor(s, '哪个输入指标能推动北极星');
    type(s, '医生新增入组患者');
    await waitFor(s, '(input_1)');
    type(s);
    await waitFor(s, '衡量的是广度');
    type(s, '1');
    await waitFor(s, '目标值是多少');
    type(s, '每月300人');
    await waitFor(s, '再添加一个输入指标？');
    type(s);
    await waitFor(s, '平台要达到多少用户');
    type(s, '2000');
    await waitFor(s, '要在哪一天之前达到这个数字');
    type(s, '2027-02-30');
    await waitFor(s, '不是真实存在的日期');
    for (let i = 0; i < 5; i++) tmux('send-keys', '-t', s, 'BSpace');
    type(s, '12-31');
    await waitFor(s, '什么样的用户算有效用户');
    type(s, '注册后30天内完成一次随访');
    await waitFor(s, '什么样的用户算忠诚用户');
    type(s, '连续三个月完成随访');
    await waitFor(s, '哪些数据能说明业务是否跑通了');
    type(s, '入组来源');
    await waitFor(s, '2.');
    type(s);
    const end = await waitFor(s, 'EXIT=');
    expect(end).toContain('访谈完成');
    expect(end).toContain('EXIT=0');

    const text = await readFile(join(dir, 'canvases', 'north-star.yaml'), 'utf8');
    const data = parse(text);
    expect(data.candidates).toEqual([
      { id: 'metric_1', name: '月活跃随访患者数', definition: '当月至少完成一次随访的患者', scores: { direct_value: 2, indirect_value: 2, connects_resources: 1, cumulative: 2 } },
    ]);
    expect(data.chosen).toBe('metric_1');
    expect(data.inputs).toEqual([{ id: 'input_1', name: '医生新增入组患者', kind: 'breadth', drives: 'metric_1', target: '每月300人' }]);
    expect(data.cold_start).toEqual({ user_growth_target: 2000, by: '2027-12-31', effective_user: '注册后30天内完成一次随访', loyal_user: '连续三个月完成随访', data_dimensions: ['入组来源'] });
    expect(text).toContain('# 输入指标：驱动北极星的指标。');
    expect(text).toContain('# yaml-language-server: $schema=../.dxplan/schema/north-star.schema.json');
    expect(runCli(['validate', dir], dir).code).toBe(0);
  });

  it('stops on Ctrl-C with exit 130, keeps the answers, and resumes at the same question', async () => {
    const dir = await freshWorkspace();
    const s = 'vp';
    start(s, ['value-positioning', dir]);
    await waitFor(s, '企业目前的业务是否已经稳定运转');
    type(s);
    await waitFor(s, '需求方是谁');
    type(s, '确诊慢病的患者');
    await waitFor(s, '请列出痛点');
    tmux('send-keys', '-t', s, 'C-c');
    const end = await waitFor(s, 'EXIT=');
    expect(end).toContain('访谈已停止。已保存 2 个回答');
    expect(end).toContain('EXIT=130');
    expect(parse(await readFile(join(dir, 'canvases', 'value-positioning.yaml'), 'utf8')).parties.demand_side.persona).toBe('确诊慢病的患者');

    const s2 = 'vp2';
    start(s2, ['value-positioning', dir]);
    const resumed = await waitFor(s2, '请列出痛点');
    expect(resumed).toContain('继续上次中断的访谈');
    expect(resumed).not.toContain('需求方是谁？');
    tmux('send-keys', '-t', s2, 'C-c');
    expect(await waitFor(s2, 'EXIT=')).toContain('EXIT=130');
  });
});
