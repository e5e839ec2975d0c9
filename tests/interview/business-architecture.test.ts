// The goal × function × role canvas driven through the real prompts in Chinese: goals with their
// functions, roles chosen from those already named or added on the spot, a function shared by two
// goals; then a re-run that renames a goal's id and removes a goal, references following.
import { screen } from '@inquirer/testing/vitest';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runLiveInterview } from '../../src/app/interview.js';
import { answer, canvasText, captureContext, freshWorkspace, prepared } from './helpers.js';

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
  expect(screen.getScreen()).toContain('是初始模板中的示例');
  await answer(screen); // remove the example goal (its example functions go with it)
  await answer(screen); // add a goal
  await answer(screen, '专家资源沉淀');
  expect(screen.getScreen()).toContain('(goal_1)');
  await answer(screen, 'experts'); // a readable id instead of the suggestion
  await answer(screen); // phase 1
  expect(screen.getScreen()).toContain('为“专家资源沉淀”添加一个功能？');
  await answer(screen);
  await answer(screen, '专家入驻');
  await answer(screen); // function_1
  await answer(screen, '1'); // business
  expect(screen.getScreen()).toContain('❯ 1. 业务功能'); // module suggested from the category
  await answer(screen);
  await answer(screen); // design mode: not decided
  await answer(screen); // frontline incentive: no
  await answer(screen); // add a role
  expect(screen.getScreen()).toContain('新角色…');
  await answer(screen); // the only choice: a new role
  await answer(screen, '专家');
  await answer(screen, 'expert');
  await answer(screen); // external
  await answer(screen, '入驻并发布内容');
  expect(screen.getScreen()).toContain('[专家入驻 × 专家]');
  await answer(screen, '完成入驻认证');
  await answer(screen, 'y'); // another role
  await answer(screen, '2'); // a new role again
  await answer(screen, '业务人员');
  await answer(screen); // role_1
  await answer(screen, '1'); // internal
  await answer(screen, '邀请专家入驻');
  await answer(screen, '发送邀请码');
  await answer(screen); // no more roles
  await answer(screen, 'y'); // another function
  await answer(screen, '专家绩效统计');
  await answer(screen);
  await answer(screen, '3'); // data
  await answer(screen); // data dimension, suggested
  await answer(screen);
  await answer(screen);
  await answer(screen); // add a role
  expect(screen.getScreen()).toMatch(/1\. 专家[\s\S]*2\. 业务人员[\s\S]*3\. 新角色…/);
  await answer(screen, '2'); // an existing role
  await answer(screen, '查看邀请业绩');
  await answer(screen); // no more roles
  await answer(screen); // no more functions
  await answer(screen, 'y'); // another goal
  await answer(screen, '渠道资源沉淀');
  await answer(screen); // goal_1
  await answer(screen, '2'); // phase 2
  await answer(screen); // add a function
  expect(screen.getScreen()).toContain('新建一个功能，还是选用画布上已有');
  await answer(screen, '3'); // the statistics function serves this goal too
  await answer(screen); // add a role
  await answer(screen, '2'); // 业务人员
  await answer(screen, '查看渠道业绩');
  await answer(screen); // no more roles
  await answer(screen); // no more functions
  await answer(screen); // no more goals
  expect(screen.getScreen()).toContain('[运营节点]');
  await answer(screen, '一期由人工运营');
  await answer(screen);
  screen.keypress('enter');
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
      { id: 'expert', name: '专家', kind: 'external', responsibility: '入驻并发布内容' },
      { id: 'role_1', name: '业务人员', kind: 'internal', responsibility: '邀请专家入驻' },
    ]);
    expect(data.functions).toEqual([
      { id: 'function_1', name: '专家入驻', category: 'business', module: 'business_function', goals: ['experts'] },
      { id: 'function_2', name: '专家绩效统计', category: 'data', module: 'data_dimension', goals: ['experts', 'goal_1'] },
    ]);
    expect(data.cells).toEqual([
      { goal: 'experts', function: 'function_1', roles: [{ role: 'expert', activity: '完成入驻认证' }, { role: 'role_1', activity: '发送邀请码' }] },
      { goal: 'experts', function: 'function_2', roles: [{ role: 'role_1', activity: '查看邀请业绩' }] },
      { goal: 'goal_1', function: 'function_2', roles: [{ role: 'role_1', activity: '查看渠道业绩' }] },
    ]);
    expect(data.module_exemptions).toEqual({ operations_node: '一期由人工运营' });
    expect(ctx.out()).toMatch(/│ 专家资源沉淀\s+│ 专家入驻\s+│/);
  });

  it('renames a goal id everywhere it is used and removes a goal with its crossings', async () => {
    const dir = await freshWorkspace('zh-CN');
    await buildCanvas(dir);
    const { run } = await start(dir);
    expect(screen.getScreen()).toContain('专家资源沉淀：保留、修改还是删除？');
    await answer(screen, '2'); // edit
    await answer(screen); // name kept
    expect(screen.getScreen()).toContain('(experts)');
    await answer(screen, 'expert_pool');
    await answer(screen); // phase
    await answer(screen); // keep 专家入驻
    await answer(screen); // keep 专家绩效统计
    await answer(screen); // no more functions
    expect(screen.getScreen()).toContain('渠道资源沉淀：保留、修改还是删除？');
    await answer(screen, '3'); // remove
    await answer(screen); // no more goals
    await answer(screen); // operations exemption kept
    await answer(screen);
    screen.keypress('enter');
    expect(await run).toBe(0);
    const data = parse(await canvasText(dir, 'business-architecture'));
    expect(data.goals.map((g: { id: string }) => g.id)).toEqual(['expert_pool']);
    expect(data.functions.map((f: { goals: string[] }) => f.goals)).toEqual([['expert_pool'], ['expert_pool']]);
    expect(data.cells.map((c: { goal: string; function: string }) => `${c.goal}×${c.function}`)).toEqual(['expert_pool×function_1', 'expert_pool×function_2']);
  });
});
