// Ctrl-C in the middle of the north-star interview, then the same command again: nothing answered
// is lost, and the second run goes on from the question where the first one stopped.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { STATE_FILE } from '../../src/interview/interview-state.js';
import { runLiveInterview } from '../../src/app/interview.js';
import { answer, canvasText, captureContext, freshWorkspace, prepared } from './helpers.js';

const exists = (path: string) => access(path).then(() => true, () => false);

describe('interrupted interview', () => {
  it('exits 130 on Ctrl-C, keeps every answer, and resumes at the question where it stopped', async () => {
    const dir = await freshWorkspace('en');
    const first = captureContext('en', dir);
    const run1 = runLiveInterview(first, dir, ['north-star'], 'north-star', await prepared(dir, ['north-star'], 'en'));
    await screen.next();
    expect(screen.getScreen()).toContain('is an example from the starter file');
    await answer(screen); // remove the example candidate
    expect(screen.getScreen()).toContain('Add a candidate metric?');
    await answer(screen); // yes (suggested: there is none yet)
    await answer(screen, 'Active patients per month');
    expect(screen.getScreen()).toContain('(active_patients_per_month)');
    await answer(screen);
    await answer(screen, 'Patients with at least one follow-up in the month');
    for (const score of ['2', '2', '1', '2']) await answer(screen, score);
    await answer(screen, 'y'); // another candidate
    await answer(screen, 'Registered patients');
    await answer(screen);
    await answer(screen); // no definition
    await answer(screen, '3');
    expect(screen.getScreen()).toContain('Enter a whole number from 0 to 2.');
    screen.keypress('backspace'); // the rejected text stays for fixing
    await answer(screen, '1');
    await answer(screen, '1');
    await answer(screen, '2');
    expect(screen.getScreen()).toContain('[Registered patients] Is it cumulative');
    screen.keypress({ name: 'c', ctrl: true } as never);
    expect(await run1).toBe(130);
    expect(first.out()).toMatch(/Interview stopped\. \d+ answer\(s\) are saved; run the same command to resume/);
    expect(await exists(join(dir, STATE_FILE))).toBe(true);

    // Everything answered before Ctrl-C is on disk already.
    const saved = parse(await canvasText(dir, 'north-star'));
    expect(saved.candidates).toEqual([
      { id: 'active_patients_per_month', name: 'Active patients per month', definition: 'Patients with at least one follow-up in the month', scores: { direct_value: 2, indirect_value: 2, connects_resources: 1, cumulative: 2 } },
      { id: 'registered_patients', name: 'Registered patients', scores: { direct_value: 1, indirect_value: 1, connects_resources: 2 } },
    ]);

    // The same command again starts at the unanswered question, not at the beginning.
    const second = captureContext('en', dir);
    const run2 = runLiveInterview(second, dir, ['north-star'], 'north-star', await prepared(dir, ['north-star'], 'en'));
    await screen.next();
    expect(second.out()).toContain('Resuming the interrupted interview');
    expect(screen.getScreen()).toContain('[Registered patients] Is it cumulative');
    await answer(screen, '1');
    await answer(screen); // no third candidate
    expect(screen.getScreen()).toContain('Active patients per month (7/8) ← best scored');
    await answer(screen, '2'); // choose the second, lower-scored candidate…
    expect(screen.getScreen()).toContain('This is not the best-scored candidate. Why choose it anyway?');
    await answer(screen, 'The sales team is measured on registrations this year');
    await answer(screen); // remove the example input
    await answer(screen); // add an input
    await answer(screen, 'New patients enrolled by doctors');
    await answer(screen);
    await answer(screen, '1'); // breadth
    await answer(screen, '300 a month by June');
    await answer(screen); // no more inputs
    await answer(screen, '2000');
    await answer(screen, '2027-02-30');
    expect(screen.getScreen()).toContain('2027-02-30 is not a real calendar date');
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    await answer(screen, '12-31');
    expect(screen.getScreen()).toContain('Who counts as an effective user?');
    await answer(screen, 'A patient with a follow-up within 30 days of signing up');
    await answer(screen, 'A patient with follow-ups in three consecutive months');
    await answer(screen, 'Enrolment source');
    screen.keypress('enter');
    expect(await run2).toBe(0);
    expect(await exists(join(dir, STATE_FILE))).toBe(false);

    const data = parse(await canvasText(dir, 'north-star'));
    expect(data.candidates[1].scores).toEqual({ direct_value: 1, indirect_value: 1, connects_resources: 2, cumulative: 1 });
    expect(data.chosen).toBe('registered_patients');
    expect(data.reason).toBe('The sales team is measured on registrations this year');
    expect(data.inputs).toEqual([{ id: 'new_patients_enrolled_by_doctors', name: 'New patients enrolled by doctors', kind: 'breadth', drives: 'registered_patients', target: '300 a month by June' }]);
    expect(data.cold_start).toEqual({
      user_growth_target: 2000,
      by: '2027-12-31',
      effective_user: 'A patient with a follow-up within 30 days of signing up',
      loyal_user: 'A patient with follow-ups in three consecutive months',
      data_dimensions: ['Enrolment source'],
    });
  });

  it('resumes an item that was being added without adding it twice', async () => {
    const dir = await freshWorkspace('en');
    const run1 = runLiveInterview(captureContext('en', dir), dir, ['north-star'], 'north-star', await prepared(dir, ['north-star'], 'en'));
    await screen.next();
    await answer(screen); // remove the example
    await answer(screen); // add
    await answer(screen, 'Weekly active doctors');
    await answer(screen); // id
    expect(screen.getScreen()).toContain('How exactly is it counted?');
    screen.keypress({ name: 'c', ctrl: true } as never);
    expect(await run1).toBe(130);

    const run2 = runLiveInterview(captureContext('en', dir), dir, ['north-star'], 'north-star', await prepared(dir, ['north-star'], 'en'));
    await screen.next();
    expect(screen.getScreen()).toContain('[Weekly active doctors] How exactly is it counted?');
    screen.keypress({ name: 'c', ctrl: true } as never);
    expect(await run2).toBe(130);
    const data = parse(await canvasText(dir, 'north-star'));
    expect(data.candidates).toEqual([{ id: 'weekly_active_doctors', name: 'Weekly active doctors' }]);
  });
});
