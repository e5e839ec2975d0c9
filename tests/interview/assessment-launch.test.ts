// The diamond assessment (rubric shown in Traditional Chinese, targets never below today) and the
// launch plan (phase dates from the start date, sensible defaults, departments to train).
import { screen } from '@inquirer/testing/vitest';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runLiveInterview } from '../../src/app/interview.js';
import { answer, canvasText, captureContext, freshWorkspace, prepared } from './helpers.js';

describe('assessment interview', () => {
  it('shows each facet rubric in the user language and saves levels, notes and evidence', async () => {
    const dir = await freshWorkspace('zh-TW');
    const ctx = captureContext('zh-TW', dir);
    const run = runLiveInterview(ctx, dir, ['assessment'], 'assessment', await prepared(dir, ['assessment'], 'zh-TW'));
    await screen.next();
    expect(screen.getScreen()).toContain('(2027-01-05)'); // today is suggested
    await answer(screen, '2027-1-5');
    expect(screen.getScreen()).toContain('"2027-1-5" 不是日期：請按 YYYY-MM-DD 填寫');
    for (let i = 0; i < '2027-1-5'.length; i++) screen.keypress('backspace');
    await answer(screen, '2027-01-06');
    expect(ctx.out()).toContain('資料: 資料是地基。');
    expect(ctx.out()).toContain('  0  沒有任何資料沉澱'); // the rubric, numbered by level
    expect(screen.getScreen()).toContain('[資料] 在這一項上，企業今天處於什麼水準');
    await answer(screen, '2');
    await answer(screen, '1');
    expect(screen.getScreen()).toContain('請輸入 2 到 5 之間的整數。'); // never a target below today
    screen.keypress('backspace');
    await answer(screen, '4');
    await answer(screen, '商城和收銀系統不通');
    for (let facet = 0; facet < 5; facet++) {
      await answer(screen); // current: the starter's 0
      await answer(screen); // target: the starter's
      await answer(screen); // no notes
    }
    expect(screen.getScreen()).toContain('為這些評分新增依據？');
    await answer(screen, 'y');
    await answer(screen, '與 CRM 經理的訪談');
    await answer(screen); // id suggested from the Latin letters: crm
    await answer(screen, '3 月 12 日工作坊紀錄');
    screen.keypress('space'); // data
    screen.keypress('down');
    screen.keypress('space'); // system
    await answer(screen);
    screen.keypress('enter'); // no more evidence
    expect(await run).toBe(0);

    const data = parse(await canvasText(dir, 'assessment'));
    expect(data.assessed_on).toBe('2027-01-06');
    expect(data.facets.data).toEqual({ current: 2, target: 4, notes: '商城和收銀系統不通' });
    expect(data.facets.system).toEqual({ current: 0, target: 2 });
    expect(data.evidence).toEqual([{ id: 'crm', title: '與 CRM 經理的訪談', source: '3 月 12 日工作坊紀錄', facets: ['data', 'system'] }]);
    expect(ctx.out()).toMatch(/│ 資料\s+│ 2 \/ 5\s+│ 4 \/ 5\s+│ 2\s+│ 1\s+│ 商城和收銀系統不通/);
  });
});

describe('launch-plan interview', () => {
  it('dates the phases from the start and the weeks, and records owners and training', async () => {
    const dir = await freshWorkspace('en');
    const ctx = captureContext('en', dir);
    const run = runLiveInterview(ctx, dir, ['launch-plan'], 'launch-plan', await prepared(dir, ['launch-plan'], 'en'));
    await screen.next();
    expect(screen.getScreen()).toContain('On which date does the project kick off?');
    await answer(screen, '2027-02-01');
    await answer(screen); // kickoff: 1 week
    expect(ctx.out()).toContain('Project kickoff: 2027-02-01 to 2027-02-07');
    await answer(screen, 'Li Na'); // kickoff owner
    expect(screen.getScreen()).toContain('(4)'); // the methodology's usual length is suggested
    await answer(screen, '6');
    expect(ctx.out()).toContain('Requirements output and confirmation: 2027-02-08 to 2027-03-21');
    await answer(screen); // owner left open
    for (let phase = 0; phase < 4; phase++) {
      await answer(screen);
      await answer(screen);
    }
    await answer(screen, 'Zhang Wei');
    await answer(screen, 'Chen Jie');
    await answer(screen, 'Liu Yang');
    await answer(screen); // kickoff audiences: all three
    await answer(screen); // documents: all nine
    expect(screen.getScreen()).toContain('is an example from the starter file');
    await answer(screen); // remove the example training row
    await answer(screen); // add a department
    await answer(screen, 'Store sales associates');
    await answer(screen, '3');
    await answer(screen); // exam: yes (suggested)
    await answer(screen, '2'); // assignment: no
    await answer(screen); // no more departments
    await answer(screen); // roadmap stage: CRM
    await answer(screen); // done: none
    await answer(screen); // planned: sales CRM, kept
    await answer(screen); // operations stages, kept
    await answer(screen, 'Cold start with 2000 homeowners');
    await answer(screen);
    await answer(screen);
    screen.keypress('enter');
    expect(await run).toBe(0);

    const data = parse(await canvasText(dir, 'launch-plan'));
    expect(data.start).toBe('2027-02-01');
    expect(data.phases.kickoff).toEqual({ weeks: 1, owner: 'Li Na' });
    expect(data.phases.requirements).toEqual({ weeks: 6 });
    expect(data.owners).toEqual({ sponsor: 'Zhang Wei', project_lead: 'Chen Jie', business_lead: 'Liu Yang' });
    expect(data.training).toEqual([{ department: 'Store sales associates', rounds: 3, exam: true, assignment: false }]);
    expect(data.four_looks).toEqual({ outward: 'Cold start with 2000 homeowners' });
    expect(ctx.out()).toMatch(/│ Early launch and tuning\s+│ 4\s+│ 2027-07-12 │ 2027-08-08 │/);
  });
});
