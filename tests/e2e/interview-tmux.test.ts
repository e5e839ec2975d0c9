// End to end: the real `bin/dxplan.js interview` in a real terminal (tmux), typed into and read
// the way a consultant meets it. A Chinese north star from a fresh workspace: the company asked up
// front, Enter on a list never picking for the user, a choice that does not exist said so, 5万
// understood and said, a past deadline warned about, the starter's comments gone where the user
// answered. Then Ctrl-C and the same command again: the very question, the canvas and step, a
// recap, the progress file never shrinking; Esc goes back a question.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { freshWorkspace, hasTmux, savedAnswers, Tmux, tmuxTitle } from './tmux-driver.js';

const tmux = new Tmux('interview');
/** A whole interview under load: generous, never a measure of speed. */
const LONG = 300_000;

describe.skipIf(!hasTmux)(tmuxTitle('interview in a real terminal (tmux)'), () => {
  afterEach(() => tmux.killAll());
  afterAll(() => tmux.stop());

  it(
    'asks the company first, refuses Enter and a missing number on a list, takes 5万 and warns on a past date, in Chinese',
    async () => {
      const dir = await freshWorkspace('zh-CN');
      const s = tmux.start(['north-star', dir], { columns: 100 });
      await tmux.waitFor(s, '企业属于哪个行业？');
      // Enter alone picks nothing; "12" in a list of 11 is no choice; then 5 (home furnishing).
      await tmux.answer(s, '', '请先选一项');
      tmux.typeText(s, '12');
      await tmux.waitFor(s, '没有第 12 项：可选的编号是 1 到 11。');
      await tmux.answer(s, '', '请先选一项');
      await tmux.answer(s, '5', '企业规模多大？');
      await tmux.answer(s, '2', '哪个指标有可能成为平台的北极星');
      const help = await tmux.answer(s, '?', '为什么问：');
      // The why and the example are set in by two columns, every line of them (the why wraps at 100).
      const lines = help.split('\n');
      const from = lines.findIndex((l) => l.includes('为什么问：'));
      const to = lines.findIndex((l, i) => i > from && l.includes('示例：'));
      expect(to - from, help).toBeGreaterThan(1);
      for (const l of lines.slice(from, to + 1)) expect(l, help).toMatch(/^  \S/);
      await tmux.answer(s, '月活跃业主数', '这个指标具体怎么统计');
      await tmux.answer(s, '当月登录过的业主', '给四项标准各打 0–2 分');
      await tmux.answer(s, '2 2 3 2', '请输入 0 到 2 之间的整数。');
      for (let i = 0; i < 7; i++) tmux.keys(s, 'BSpace');
      await tmux.answer(s, '2 2 1 2', '还有其他候选指标吗');
      const ranked = await tmux.answer(s, '', '哪一个候选指标作为北极星');
      expect(ranked).toContain('月活跃业主数 (7/8) ← 得分最高');
      await tmux.answer(s, '1', '哪个输入指标能推动北极星');
      await tmux.answer(s, '新增注册业主', '衡量的是广度');
      await tmux.answer(s, '1', '目标值是多少');
      await tmux.answer(s, '每月300人', '还有其他输入指标吗');
      await tmux.answer(s, '', '平台要达到多少用户');
      const understood = await tmux.answer(s, '5万', '要在哪一天之前达到这个数字');
      expect(understood).toContain('→ “5万”按 50,000 记录');
      // The starter's 1000 was not offered as the answer.
      expect(understood).not.toMatch(/多少用户？.*\(1000\)/);
      await tmux.answer(s, '2026-12-31', '2026-12-31 已经过去了（今天是 2027-01-05）');
      await tmux.answer(s, '', '什么样的用户算有效用户'); // Enter again keeps it
      await tmux.answer(s, '30天内登录', '什么样的用户算忠诚用户');
      await tmux.answer(s, '连续三个月登录', '哪些数据能说明业务是否跑通了');
      await tmux.answer(s, '注册来源', '2.');
      const end = await tmux.answer(s, '', 'EXIT=');
      expect(end).toContain('访谈完成');
      expect(end).toContain('EXIT=0');
      // What the room read: no YAML keys, starter ids, section numbers or file positions.
      expect(end).not.toMatch(/§|example_|cold_start|user_growth_target|canvases\/|:\d+:\d+/);

      const text = await readFile(join(dir, 'canvases', 'north-star.yaml'), 'utf8');
      const data = parse(text);
      expect(data.cold_start).toEqual({ user_growth_target: 50000, by: '2026-12-31', effective_user: '30天内登录', loyal_user: '连续三个月登录', data_dimensions: ['注册来源'] });
      expect(data.candidates).toEqual([{ id: 'metric_1', name: '月活跃业主数', definition: '当月登录过的业主', scores: { direct_value: 2, indirect_value: 2, connects_resources: 1, cumulative: 2 } }]);
      // The starter's "replace" comments went with the values the user replaced; the explanations stayed.
      expect(text).not.toContain('请替换');
      expect(text).toContain('# 输入指标：驱动北极星的指标。');
      const manifest = await readFile(join(dir, 'dxplan.yaml'), 'utf8');
      expect(parse(manifest)).toMatchObject({ industry: 'home_furnishing', company_size: 'medium' });
      expect(manifest).not.toContain('请替换');
      expect(runCli(['validate', dir], dir).code).toBe(0);
    },
    LONG,
  );

  it(
    'comes back after Ctrl-C at the very question, with canvas, step and recap, the progress file never shrinking; Esc goes back (zh-TW)',
    async () => {
      const dir = await freshWorkspace('zh-TW');
      const s = tmux.start(['north-star', dir], { columns: 100 });
      await tmux.waitFor(s, '企業屬於哪個產業？');
      const saved: number[] = [];
      const step = async (text: string, next: string) => {
        await tmux.answer(s, text, next);
        saved.push(await savedAnswers(dir));
      };
      await step('2', '企業規模多大');
      await step('2', '哪個指標有可能成為平臺的北極星');
      await step('每月活躍病患數', '這個指標具體怎麼統計');
      await step('當月回診的病患', '為四項標準各打 0–2 分');
      await step('2 2 1 2', '還有其他候選指標嗎');
      await step('每週活躍醫師數', '[每週活躍醫師數] 這個指標具體怎麼統計');
      const seen = tmux.shown(s, 'EXIT=');
      tmux.keys(s, 'C-c');
      const stopped = await tmux.waitFor(s, 'EXIT=', seen);
      expect(stopped).toContain('EXIT=130');
      const before = await savedAnswers(dir);
      expect(before).toBeGreaterThanOrEqual(6);
      // Every answer grew the progress file or kept it: it never shrank.
      expect([...saved, before]).toEqual([...saved, before].sort((a, b) => a - b));
      expect(parse(await readFile(join(dir, 'canvases', 'north-star.yaml'), 'utf8')).candidates.map((c: { name: string }) => c.name)).toEqual(['每月活躍病患數', '每週活躍醫師數']);

      const s2 = tmux.start(['north-star', dir], { columns: 100 });
      const resumed = await tmux.waitFor(s2, '[每週活躍醫師數] 這個指標具體怎麼統計');
      expect(resumed).toContain('回到：北極星指標 · 第 1/4 步：候選指標');
      expect(resumed).toMatch(/本畫布已回答（\d+ 題）：/);
      expect(resumed).toContain('每月活躍病患數');
      expect(resumed).toContain('當月回診的病患');
      // Nothing asked again before it: not the company, not the first candidate.
      expect(resumed).not.toContain('企業屬於哪個產業？');
      expect(resumed).not.toContain('? 哪個指標有可能成為平臺的北極星');
      expect(await savedAnswers(dir)).toBeGreaterThanOrEqual(before);

      // Esc: the question before, with its answer offered again; Enter keeps it and goes on.
      tmux.keys(s2, 'Escape');
      const back = await tmux.waitFor(s2, '(每週活躍醫師數)');
      expect(back).toContain('還有其他候選指標嗎');
      await tmux.answer(s2, '', '[每週活躍醫師數] 這個指標具體怎麼統計');
      expect(await savedAnswers(dir)).toBeGreaterThanOrEqual(before);
      const seen2 = tmux.shown(s2, 'EXIT=');
      tmux.keys(s2, 'C-c');
      expect(await tmux.waitFor(s2, 'EXIT=', seen2)).toContain('EXIT=130');
    },
    LONG,
  );

  it(
    'Esc at a starter entry taken as "fill in" goes back to the question before it, not to itself',
    async () => {
      const dir = await freshWorkspace('zh-CN');
      const s = tmux.start(['business-architecture', dir], { columns: 80 });
      await tmux.waitFor(s, '企业属于哪个行业？');
      await tmux.answer(s, '5', '企业规模多大？');
      await tmux.answer(s, '2', '平台必须达成的一个关键运营目标是什么？');
      await tmux.answer(s, '设计师资源沉淀', '还有其他关键运营目标吗？');
      await tmux.answer(s, '', '这些目标中，哪些放到首期上线之后');
      await tmux.answer(s, '', '新角色叫什么？');
      await tmux.answer(s, '设计师', '这个角色在平台上负责什么？');
      // The second starter role is offered as "fill in": its silent "edit" answer comes first.
      const asked = await tmux.answer(s, '上传作品集', '第 2 个角色');
      expect(asked).toContain('? 新角色叫什么？');
      const seen = tmux.shown(s, '? [设计师] 这个角色在平台上负责什么？');
      tmux.keys(s, 'Escape');
      // Back to the first role's responsibility, with its answer offered; it used to ask the same name again.
      const back = await tmux.waitFor(s, '? [设计师] 这个角色在平台上负责什么？', seen);
      expect(back).toContain('(上传作品集)');
      expect(back.slice(back.lastIndexOf('? [设计师]'))).toContain('第 1 个角色');
    },
    LONG,
  );
});
