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

/** Everything the terminal has shown, scrollback included. */
const screen = (session: string) => tmux('capture-pane', '-p', '-S', '-', '-t', session);

/** How often `text` has been shown so far. */
const shown = (session: string, text: string) => screen(session).split(text).length - 1;

/**
 * Waits until `text` has been shown more than `seen` times (generous timeout: CI machines are slow),
 * then returns the screen. Counting, rather than looking for the text anywhere, keeps a question
 * asked twice (a second candidate, a repeated prompt) from being mistaken for the one before it,
 * and keys are never sent before their prompt is there (inquirer drops keys typed too early).
 */
async function waitFor(session: string, text: string, seen = 0, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = screen(session);
    if (last.split(text).length - 1 > seen) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${JSON.stringify(text)}; the screen shows:\n${last}`);
}

/** Types text (literally, Chinese included), presses Enter, and waits for the next prompt `next`. */
async function type(session: string, text: string, next: string): Promise<string> {
  const seen = shown(session, next);
  if (text) tmux('send-keys', '-t', session, '-l', text);
  tmux('send-keys', '-t', session, 'Enter');
  return waitFor(session, next, seen);
}

/** Starts `dxplan interview …` in a 160×50 terminal; the shell line prints the exit code at the end. */
function start(session: string, args: string[]): void {
  const command = `${[process.execPath, BIN, 'interview', ...args].map((a) => `'${a}'`).join(' ')}; echo "EXIT=$?"; sleep 60`;
  // CI may be set around the test run; inside this terminal a person is typing, so it is cleared.
  tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '50', '-e', 'LANG=C.UTF-8', '-e', 'DXPLAN_TODAY=2027-01-05', '-e', 'CI=', command);
}

async function freshWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-tmux-'));
  expect(runCli(['init', dir, '--lang', 'zh-CN'], dir).code).toBe(0);
  return dir;
}

const title = hasTmux ? 'interview in a real terminal (tmux)' : 'interview in a real terminal: SKIPPED because tmux is not installed (apt-get install -y tmux)';

describe.skipIf(!hasTmux)(title, () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('takes Chinese answers for the north star and leaves them in the YAML, comments kept', async () => {
    const dir = await freshWorkspace();
    const s = 'ns';
    start(s, ['north-star', dir, '--lang', 'zh-CN']);
    await waitFor(s, 'example_metric 是初始模板中的示例');
    await type(s, '', '添加一个候选指标？'); // remove the starter example
    await type(s, '', '哪个指标有可能成为平台的北极星');
    await type(s, '?', '为什么问:'); // the why and an example, then the same question again
    await waitFor(s, '哪个指标有可能成为平台的北极星', 1);
    await type(s, '月活跃随访患者数', '(metric_1)');
    await type(s, '', '这个指标具体怎么统计');
    await type(s, '当月至少完成一次随访的患者', '直接的业务价值');
    await type(s, '2', '间接的业务价值');
    await type(s, '3', '请输入 0 到 2 之间的整数。');
    tmux('send-keys', '-t', s, 'BSpace');
    await type(s, '2', '连接更多有效资源');
    await type(s, '1', '累积性');
    await type(s, '2', '再添加一个候选指标？');
    const choosing = await type(s, 'n', '哪一个候选指标作为北极星');
    expect(choosing).toContain('月活跃随访患者数 (7/8) ← 得分最高');
    await type(s, '', 'example_input 是初始模板中的示例');
    await type(s, '', '添加一个输入指标？'); // remove the example input
    await type(s, '', '哪个输入指标能推动北极星');
    await type(s, '医生新增入组患者', '(input_1)');
    await type(s, '', '衡量的是广度');
    await type(s, '1', '目标值是多少');
    await type(s, '每月300人', '再添加一个输入指标？');
    await type(s, '', '平台要达到多少用户');
    await type(s, '2000', '要在哪一天之前达到这个数字');
    await type(s, '2027-02-30', '不是真实存在的日期');
    for (let i = 0; i < 5; i++) tmux('send-keys', '-t', s, 'BSpace');
    await type(s, '12-31', '什么样的用户算有效用户');
    await type(s, '注册后30天内完成一次随访', '什么样的用户算忠诚用户');
    await type(s, '连续三个月完成随访', '哪些数据能说明业务是否跑通了');
    await type(s, '入组来源', '2.');
    const end = await type(s, '', 'EXIT=');
    expect(end).toContain('│ ★ 月活跃随访患者数');
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
    await type(s, '', '需求方是谁');
    await type(s, '确诊慢病的患者', '请列出痛点');
    const seen = shown(s, 'EXIT=');
    tmux('send-keys', '-t', s, 'C-c');
    const end = await waitFor(s, 'EXIT=', seen);
    expect(end).toContain('访谈已停止。已保存 2 个回答');
    expect(end).toContain('EXIT=130');
    expect(parse(await readFile(join(dir, 'canvases', 'value-positioning.yaml'), 'utf8')).parties.demand_side.persona).toBe('确诊慢病的患者');

    const s2 = 'vp2';
    start(s2, ['value-positioning', dir]);
    const resumed = await waitFor(s2, '请列出痛点');
    expect(resumed).toContain('继续上次中断的访谈');
    expect(resumed).not.toContain('需求方是谁？');
    tmux('send-keys', '-t', s2, 'C-c');
    expect(await waitFor(s2, 'EXIT=130')).toContain('访谈已停止');
  });
});
