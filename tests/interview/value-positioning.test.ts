// Value positioning driven through the interview's real prompts, in Chinese, on a fresh `dxplan
// init` workspace: the company first, normal answers, "?" for the why, invalid input, a list typed
// line by line, the starter's example filled in, and a re-run through the jump menu that edits in place.
import { screen } from './terminal-screen.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runLiveInterview } from '../../src/app/interview.js';
import { answer, canvasText, captureContext, freshWorkspace, line, prepared } from './helpers.js';

const CANVAS = ['value-positioning'] as const;

/** Answers every value-positioning question of a fresh zh-CN workspace. */
async function fillFresh(dir: string) {
  const ctx = captureContext('zh-CN', dir);
  const run = runLiveInterview(ctx, dir, [...CANVAS], 'value-positioning', await prepared(dir, [...CANVAS], 'zh-CN'));
  await screen.next();
  // The company comes first: industry and size drive the advice.
  expect(screen.getScreen()).toContain('企业属于哪个行业');
  await answer(screen, '1'); // medical
  await answer(screen, '3'); // large
  expect(screen.getScreen()).toContain('企业目前的业务是否已经稳定运转');
  await answer(screen); // scope fit: both already ticked in the starter file
  expect(screen.getScreen()).toContain('[需求方] 需求方是谁');
  // The ticked choices read as a Chinese list ("、", not ", ").
  expect(await screen.getFullOutput()).toContain('核心业务已经稳定运转、手上有值得撬动的自有资源');
  // "?" shows the methodology and an example, then asks the same question again.
  await answer(screen, '?');
  expect(ctx.out()).toContain('为什么问：每个平台都建立在需求方、资源方、平台方这三方之上');
  expect(ctx.out()).toContain('示例：28到45岁');
  expect(screen.getScreen()).toContain('[需求方] 需求方是谁');
  await answer(screen, '确诊慢病、需要长期随访的患者');
  // "(? 查看说明)" is asked with the question, not kept beside the answer.
  expect(screen.getScreen()).toMatch(/他们现在最头疼的是什么[^\n]*（\? 查看说明）/);
  expect(await screen.getFullOutput()).toMatch(/✔ \[需求方\] 需求方是谁？[^\n（]* 确诊慢病/);
  // A list is one question: lines typed one after another, an empty line ends it.
  expect(screen.getScreen()).toContain('❯ 1.');
  line(screen, '复诊挂号难');
  expect(screen.getScreen()).toContain('❯ 2.');
  await answer(screen);
  await answer(screen, '在家就能找到自己的医生');
  expect(screen.getScreen()).toContain('直接利益');
  // The starter's value kind is an example, not the client's answer: nothing is picked for them.
  expect(screen.getScreen()).not.toContain('❯');
  await answer(screen, '6'); // direct problem solving, picked by its number
  await answer(screen, '每月完成随访的患者比例从 20% 提升到 60%');
  await answer(screen, '合作医院的专科医生');
  line(screen, '患者失访');
  await answer(screen);
  await answer(screen, '轻松管理自己的患者');
  await answer(screen, '3'); // good service experience
  await answer(screen, '每位医生管理的活跃患者从 10 人到 50 人');
  expect(screen.getScreen()).toContain('内部管理运营效率');
  // The starter's example dimension is not ticked for the client: the room chooses.
  expect(screen.getScreen()).toContain('◯ 1. 内部管理运营效率');
  await answer(screen, '1'); // platform dimensions: internal efficiency
  expect(screen.getScreen()).toContain('内部管理运营效率：平台在这方面为企业带来什么');
  await answer(screen, '随访不再靠电话');
  await answer(screen, '续方销售可追溯');
  await answer(screen); // core dimension: the one chosen above
  await answer(screen, '平台续方金额每月 100 万元');
  // The starter's example resource is offered to fill in, never by its placeholder text.
  expect(screen.getScreen()).toContain('填写初始模板中的示例');
  expect(screen.getScreen()).not.toContain('请替换');
  await answer(screen, '300位合作医生');
  await answer(screen, '2'); // expert
  await answer(screen, '首批入驻');
  expect(screen.getScreen()).toContain('还有其他关键资源吗？');
  await answer(screen); // no more resources
  // principles: the starter ticks none (none is agreed until the team says so); the team agrees to all four
  screen.type('a');
  screen.keypress('enter');
  expect(await run).toBe(0);
  return ctx;
}

describe('value-positioning interview', () => {
  it('saves every answer into the starter file, keeping its comments', async () => {
    const dir = await freshWorkspace('zh-CN');
    const ctx = await fillFresh(dir);
    const text = await canvasText(dir, 'value-positioning');
    const data = parse(text);
    expect(data.parties.demand_side).toEqual({
      persona: '确诊慢病、需要长期随访的患者',
      pain_points: ['复诊挂号难'],
      core_value: { statement: '在家就能找到自己的医生', kind: 'direct_problem_solving', measure: '每月完成随访的患者比例从 20% 提升到 60%' },
    });
    expect(data.parties.resource_side.core_value.kind).toBe('good_service_experience');
    expect(data.parties.platform_side.value_dimensions).toEqual([{ dimension: 'internal_efficiency', statement: '随访不再靠电话' }]);
    expect(data.parties.platform_side.core_value).toEqual({ statement: '续方销售可追溯', dimension: 'commercial_profit_efficiency', measure: '平台续方金额每月 100 万元' });
    // The example filled in keeps its place and gets an id from the name, with nothing of the starter's left.
    expect(data.key_resources).toEqual([{ id: 'resource_1', name: '300位合作医生', type: 'expert', description: '首批入驻' }]);
    expect(parse(await readFile(join(dir, 'dxplan.yaml'), 'utf8'))).toMatchObject({ industry: 'medical', company_size: 'large' });
    expect(await readFile(join(dir, 'dxplan.yaml'), 'utf8')).not.toContain('请替换');
    expect(data.principles).toEqual(['small_steps', 'compound_assets', 'open', 'lever']);
    // The starter file's comments are all still there, and no placeholder text is left.
    expect(text).toContain('# yaml-language-server: $schema=../.dxplan/schema/value-positioning.schema.json');
    expect(text).toContain('# 需求方：在平台上消费价值的客户或用户。');
    expect(text).not.toMatch(/请替换：/);
    // The summary table and the checks' verdict follow the canvas.
    expect(ctx.out()).toContain('│ 需求方 │');
    expect(ctx.out()).toMatch(/本画布的方法论检查结果|本画布没有方法论问题/);
    expect(ctx.out()).toContain('访谈完成');
  });

  it('offers saved answers on a re-run: Enter keeps them, an edited one changes only its line', async () => {
    const dir = await freshWorkspace('zh-CN');
    await fillFresh(dir);
    const before = await canvasText(dir, 'value-positioning');
    const ctx = captureContext('zh-CN', dir);
    const run = runLiveInterview(ctx, dir, [...CANVAS], 'value-positioning', await prepared(dir, [...CANVAS], 'zh-CN'));
    await screen.next();
    // A re-run opens the jump menu instead of walking every item again.
    expect(screen.getScreen()).toContain('价值定位：哪一步？');
    await answer(screen, '2'); // the demand side
    expect(screen.getScreen()).toContain('(确诊慢病、需要长期随访的患者)'); // the saved answer is the default
    await answer(screen);
    // The saved lines are there; a new one goes at the end.
    expect(screen.getScreen()).toContain('1. 复诊挂号难');
    line(screen, '开药要跑医院');
    await answer(screen);
    for (let i = 0; i < 3; i++) await answer(screen); // core value, kind, measure kept as they are
    expect(screen.getScreen()).toContain('价值定位：哪一步？');
    line(screen, '8'); // back: the canvas is done
    expect(await run).toBe(0);
    const after = await canvasText(dir, 'value-positioning');
    expect(parse(after).parties.demand_side.pain_points).toEqual(['复诊挂号难', '开药要跑医院']);
    // Only the added line differs.
    expect(after.replace('      - 开药要跑医院\n', '')).toBe(before);
  });

  it('rejects an empty required answer in the user language and asks again', async () => {
    const dir = await freshWorkspace('zh-TW');
    const ctx = captureContext('zh-TW', dir);
    const run = runLiveInterview(ctx, dir, [...CANVAS], 'value-positioning', await prepared(dir, [...CANVAS], 'zh-TW'));
    await screen.next();
    await answer(screen, '1');
    await answer(screen, '1');
    await answer(screen);
    expect(screen.getScreen()).toContain('需求方是誰');
    await answer(screen, '   ');
    expect(screen.getScreen()).toContain('此處必須填寫。');
    expect(screen.getScreen()).toContain('需求方是誰');
    screen.keypress({ name: 'c', ctrl: true } as never);
    expect(await run).toBe(130);
  });
});
