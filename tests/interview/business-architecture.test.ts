// The goal × function × role canvas driven through the interview's real prompts in Chinese: goals,
// then the roles, then per goal its functions (one named by its number to serve a second goal),
// the roles of each crossing ticked in one checklist; then a re-run from the jump menu that renames
// a goal's id (references following) and removes a goal with its crossings.
import { screen } from './terminal-screen.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runLiveInterview } from '../../src/app/interview.js';
import { answer, canvasText, captureContext, freshWorkspace, line, prepared } from './helpers.js';

const CANVAS = ['business-architecture'] as const;

async function start(dir: string) {
  const ctx = captureContext('zh-CN', dir);
  const run = runLiveInterview(ctx, dir, [...CANVAS], 'business-architecture', await prepared(dir, [...CANVAS], 'zh-CN'));
  await screen.next();
  return { ctx, run };
}

/** Builds a two-goal canvas on a fresh workspace. */
async function buildCanvas(dir: string) {
  const { ctx, run } = await start(dir);
  await answer(screen, '5'); // home furnishing
  await answer(screen, '2'); // medium
  // The starter's example goal is filled in, never named by its placeholder or its starter id.
  expect(screen.getScreen()).toContain('填写初始模板中的示例');
  expect(screen.getScreen()).not.toMatch(/example_goal|请替换/);
  await answer(screen, '专家资源沉淀 #experts'); // "#id": the id a person wants, never asked otherwise
  await answer(screen, '渠道资源沉淀');
  await answer(screen); // no more goals
  expect(screen.getScreen()).toContain('哪些放到首期上线之后');
  await answer(screen, '2'); // the channel goal comes later
  await answer(screen, '2'); // phase 2
  // The roles, the two starter examples filled in.
  expect(ctx.out()).toContain('── 第 2/5 步：角色 ──');
  await answer(screen, '专家');
  await answer(screen, '入驻并发布内容');
  await answer(screen, '业务人员');
  await answer(screen, '邀请专家入驻');
  await answer(screen); // no more roles
  expect(screen.getScreen()).toContain('哪些是企业自己的员工');
  await answer(screen, '2'); // 业务人员 is internal
  // Functions of the first goal: the starter's two example functions filled in.
  expect(screen.getScreen()).toContain('[专家资源沉淀] 要达成这个目标，平台需要哪个功能？');
  await answer(screen, '专家入驻');
  expect(screen.getScreen()).toContain('1. 业务功能（模块：业务功能）');
  await answer(screen, '1'); // business, so the business-function module
  expect(screen.getScreen()).toContain('[专家资源沉淀 × 专家入驻] 哪些角色参与其中');
  // Enter alone picks nobody: the roles are ticked on purpose.
  await answer(screen);
  expect(screen.getScreen()).toContain('只按回车不会替你选任何角色');
  await answer(screen, '12'); // tick 专家 and 业务人员
  expect(screen.getScreen()).toContain('[专家入驻 × 专家]');
  await answer(screen, '完成入驻认证');
  await answer(screen, '发送邀请码');
  await answer(screen, '专家绩效统计');
  await answer(screen, '3'); // data: the data-dimension module follows
  await answer(screen, '2'); // 业务人员
  await answer(screen, '查看邀请业绩');
  expect(screen.getScreen()).toContain('“专家资源沉淀”还需要其他功能吗？');
  await answer(screen); // no more functions
  // The second goal reuses the statistics function by its number.
  expect(ctx.out()).toMatch(/画布上已有的[^\n]*\n\s+1\. 专家入驻\n\s+2\. 专家绩效统计/);
  await answer(screen, '2');
  await answer(screen, '2'); // 业务人员
  await answer(screen, '查看渠道业绩');
  await answer(screen); // no more functions
  // Design choices: three checklists over all functions.
  expect(screen.getScreen()).toContain('哪些要做成可配置的模块');
  await answer(screen);
  await answer(screen);
  await answer(screen, '1'); // 专家入驻 rewards frontline staff
  expect(screen.getScreen()).toContain('[运营节点]');
  await answer(screen, '一期由人工运营');
  await answer(screen);
  line(screen, ''); // content: no reason yet
  expect(await run).toBe(0);
  return ctx;
}

describe('business-architecture interview', () => {
  it('builds goals, functions, roles and crossings, and drops the starter examples', async () => {
    const dir = await freshWorkspace('zh-CN');
    const ctx = await buildCanvas(dir);
    const data = parse(await canvasText(dir, 'business-architecture'));
    expect(data.goals).toEqual([
      { id: 'experts', name: '专家资源沉淀', phase: 1 },
      { id: 'goal_1', name: '渠道资源沉淀', phase: 2 },
    ]);
    expect(data.roles).toEqual([
      { id: 'role_1', name: '专家', kind: 'external', responsibility: '入驻并发布内容' },
      { id: 'role_2', name: '业务人员', kind: 'internal', responsibility: '邀请专家入驻' },
    ]);
    expect(data.functions).toEqual([
      { id: 'function_1', name: '专家入驻', category: 'business', module: 'business_function', goals: ['experts'], frontline_incentive: true },
      { id: 'function_2', name: '专家绩效统计', category: 'data', module: 'data_dimension', goals: ['experts', 'goal_1'] },
    ]);
    expect(data.cells).toEqual([
      { goal: 'experts', function: 'function_1', roles: [{ role: 'role_1', activity: '完成入驻认证' }, { role: 'role_2', activity: '发送邀请码' }] },
      { goal: 'experts', function: 'function_2', roles: [{ role: 'role_2', activity: '查看邀请业绩' }] },
      { goal: 'goal_1', function: 'function_2', roles: [{ role: 'role_2', activity: '查看渠道业绩' }] },
    ]);
    expect(data.module_exemptions).toEqual({ operations_node: '一期由人工运营' });
    // The board (goals across, functions down, roles at the crossings), then the feature table.
    expect(ctx.out()).toMatch(/│ 功能\s+│ 专家资源沉淀\s+│ 渠道资源沉淀 │/);
    expect(ctx.out()).toMatch(/│ 专家绩效统计 │ 业务人员\s+│ 业务人员\s+│/);
    expect(ctx.out()).toMatch(/│ 专家资源沉淀\s+│ 专家入驻\s+│/);
  });

  it('renames a goal id everywhere it is used and removes a goal with its crossings, from the jump menu', async () => {
    const dir = await freshWorkspace('zh-CN');
    await buildCanvas(dir);
    const { run } = await start(dir);
    expect(screen.getScreen()).toContain('业务架构：哪一步？');
    await answer(screen, '1'); // goals
    expect(screen.getScreen()).toContain('目标：哪一项？');
    await answer(screen, '1'); // all of this step
    expect(screen.getScreen()).toContain('专家资源沉淀：保留、修改还是删除？');
    expect(screen.getScreen()).toContain('第 1 期交付'); // what the goal holds, shown with the question
    await answer(screen, '2'); // edit
    expect(screen.getScreen()).toContain('(专家资源沉淀)');
    await answer(screen, '专家资源沉淀 #expert_pool');
    expect(screen.getScreen()).toContain('渠道资源沉淀：保留、修改还是删除？');
    await answer(screen, '3'); // remove
    await answer(screen); // no more goals
    await answer(screen); // no goal after the first launch now
    expect(screen.getScreen()).toContain('业务架构：哪一步？');
    line(screen, '7'); // back: done
    expect(await run).toBe(0);
    const data = parse(await canvasText(dir, 'business-architecture'));
    expect(data.goals.map((g: { id: string }) => g.id)).toEqual(['expert_pool']);
    expect(data.functions.map((f: { goals: string[] }) => f.goals)).toEqual([['expert_pool'], ['expert_pool']]);
    expect(data.cells.map((c: { goal: string; function: string }) => `${c.goal}×${c.function}`)).toEqual(['expert_pool×function_1', 'expert_pool×function_2']);
  });
});
