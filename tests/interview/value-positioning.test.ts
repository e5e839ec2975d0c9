// Value positioning driven through the real inquirer prompts, in Chinese, on a fresh `dxplan init`
// workspace: normal answers, "?" for the why, invalid input, and a re-run that edits in place.
import { screen } from '@inquirer/testing/vitest';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runLiveInterview } from '../../src/app/interview.js';
import { answer, canvasText, captureContext, freshWorkspace, prepared } from './helpers.js';

const CANVAS = ['value-positioning'] as const;

/** Answers every value-positioning question of a fresh zh-CN workspace. */
async function fillFresh(dir: string) {
  const ctx = captureContext('zh-CN', dir);
  const run = runLiveInterview(ctx, dir, [...CANVAS], 'value-positioning', await prepared(dir, [...CANVAS], 'zh-CN'));
  await screen.next();
  expect(screen.getScreen()).toContain('企业目前的业务是否已经稳定运转');
  await answer(screen); // scope fit: both already ticked in the starter file
  expect(screen.getScreen()).toContain('[需求方] 需求方是谁');
  // "?" shows the methodology and an example, then asks the same question again.
  await answer(screen, '?');
  expect(ctx.out()).toContain('为什么问: 每个平台都建立在需求方、资源方、平台方这三方之上');
  expect(ctx.out()).toContain('示例: 28到45岁');
  expect(screen.getScreen()).toContain('[需求方] 需求方是谁');
  await answer(screen, '确诊慢病、需要长期随访的患者');
  await answer(screen, '复诊挂号难'); // pain point 1
  // An empty line ends the list.
  await answer(screen);
  await answer(screen, '在家就能找到自己的医生');
  expect(screen.getScreen()).toContain('直接利益');
  await answer(screen, '6'); // direct problem solving, picked by its number
  await answer(screen, '每月完成随访的患者比例从 20% 提升到 60%');
  await answer(screen, '合作医院的专科医生');
  await answer(screen, '患者失访');
  await answer(screen);
  await answer(screen, '轻松管理自己的患者');
  await answer(screen, '3'); // good service experience
  await answer(screen, '每位医生管理的活跃患者从 10 人到 50 人');
  expect(screen.getScreen()).toContain('内部管理运营效率');
  await answer(screen); // platform dimensions: keep internal efficiency
  expect(screen.getScreen()).toContain('内部管理运营效率：平台在这方面为企业带来什么');
  await answer(screen, '随访不再靠电话');
  await answer(screen, '续方销售可追溯');
  await answer(screen); // core dimension: the starter's commercial profit efficiency
  await answer(screen, '平台续方金额每月 100 万元');
  expect(screen.getScreen()).toContain('是初始模板中的示例');
  await answer(screen); // remove the starter's example resource (the suggested answer)
  expect(screen.getScreen()).toContain('添加一项关键资源？');
  await answer(screen, 'y');
  await answer(screen, '300位合作医生');
  expect(screen.getScreen()).toContain('resource_1'); // the suggested id: the name has no Latin letters
  await answer(screen);
  await answer(screen, '2'); // expert
  await answer(screen, '首批入驻');
  await answer(screen, 'n'); // no more resources
  // principles: the starter ticks none (none is agreed until the team says so); the team agrees to all four
  screen.keypress('a');
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
    expect(data.key_resources).toEqual([{ id: 'resource_1', name: '300位合作医生', type: 'expert', description: '首批入驻' }]);
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
    await answer(screen); // scope fit
    expect(screen.getScreen()).toContain('(确诊慢病、需要长期随访的患者)'); // the saved answer is the default
    await answer(screen);
    expect(screen.getScreen()).toContain('(复诊挂号难)');
    await answer(screen); // keep pain point 1
    await answer(screen, '开药要跑医院'); // add a second one
    await answer(screen);
    for (let i = 0; i < 14; i++) await answer(screen); // every other answer kept as it is
    expect(screen.getScreen()).toContain('300位合作医生：保留、修改还是删除？');
    await answer(screen); // keep
    await answer(screen); // no more resources (default no)
    screen.keypress('enter');
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
    await answer(screen);
    expect(screen.getScreen()).toContain('需求方是誰');
    await answer(screen, '   ');
    expect(screen.getScreen()).toContain('此處必須填寫。');
    expect(screen.getScreen()).toContain('需求方是誰');
    screen.keypress({ name: 'c', ctrl: true } as never);
    expect(await run).toBe(130);
  });
});
