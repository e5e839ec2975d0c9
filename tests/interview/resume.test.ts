// Ctrl-C in the middle of the north-star interview, then the same command again: nothing answered
// is lost, the second run comes back at the very question, says which canvas and step, recaps
// what was answered there, and the progress state never shrinks. Esc goes back a question, with
// the answer given there offered again.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen } from './terminal-screen.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { STATE_FILE } from '../../src/interview/interview-state.js';
import { runLiveInterview } from '../../src/app/interview.js';
import { answer, canvasText, captureContext, freshWorkspace, line, prepared } from './helpers.js';

const exists = (path: string) => access(path).then(() => true, () => false);

/** Answers recorded in the progress state. */
async function stateAnswers(dir: string): Promise<number> {
  const state = parse(await readFile(join(dir, STATE_FILE), 'utf8')) as { visits: { answers: unknown[]; redo: unknown[] }[] };
  return state.visits.reduce((n, v) => n + v.answers.length + v.redo.length, 0);
}

describe('interrupted interview', () => {
  it('exits 130 on Ctrl-C, keeps every answer, and resumes at the very question with the canvas, the step and a recap', async () => {
    const dir = await freshWorkspace('en');
    const first = captureContext('en', dir);
    const run1 = runLiveInterview(first, dir, ['north-star'], 'north-star', await prepared(dir, ['north-star'], 'en'));
    await screen.next();
    await answer(screen, '2'); // retail
    await answer(screen, '2'); // medium
    // The starter's example candidate is filled in with the first one.
    await answer(screen, 'Active patients per month');
    await answer(screen, 'Patients with at least one follow-up in the month');
    await answer(screen, '2 2 1 2');
    await answer(screen, 'Registered patients');
    await answer(screen); // no definition
    await answer(screen, '1 1 3 1');
    expect(screen.getScreen()).toContain('Number 3: Enter a whole number from 0 to 2.');
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    await answer(screen, '2 1');
    expect(screen.getScreen()).toContain('Another candidate metric?');
    await answer(screen, 'Weekly active doctors');
    expect(screen.getScreen()).toContain('[Weekly active doctors] How exactly is it counted?');
    screen.keypress({ name: 'c', ctrl: true } as never);
    expect(await run1).toBe(130);
    expect(first.out()).toMatch(/Interview stopped\. \d+ answer\(s\) are saved; run the same command to resume/);
    expect(await exists(join(dir, STATE_FILE))).toBe(true);
    const saved = await stateAnswers(dir);

    // Everything answered before Ctrl-C is on disk already.
    expect(parse(await canvasText(dir, 'north-star')).candidates).toEqual([
      { id: 'active_patients_per_month', name: 'Active patients per month', definition: 'Patients with at least one follow-up in the month', scores: { direct_value: 2, indirect_value: 2, connects_resources: 1, cumulative: 2 } },
      { id: 'registered_patients', name: 'Registered patients', scores: { direct_value: 1, indirect_value: 1, connects_resources: 2, cumulative: 1 } },
      { id: 'weekly_active_doctors', name: 'Weekly active doctors' },
    ]);

    // The same command again: the very question, with the canvas, the step and what was answered there.
    const second = captureContext('en', dir);
    const run2 = runLiveInterview(second, dir, ['north-star'], 'north-star', await prepared(dir, ['north-star'], 'en'));
    await screen.next();
    expect(screen.getScreen()).toContain('[Weekly active doctors] How exactly is it counted?');
    expect(second.out()).toContain('Resuming the interrupted interview');
    expect(second.out()).toContain('Back in: North-star metric · step 1 of 4: Candidate metrics');
    expect(second.out()).toMatch(/Answered so far in this canvas \(\d+\):/);
    expect(second.out()).toContain('Registered patients');
    // Nothing was asked again before it, and the progress state kept every answer.
    expect(second.out()).not.toContain('Which industry');
    expect(await stateAnswers(dir)).toBeGreaterThanOrEqual(saved);

    // Esc: the previous question, with the answer given there offered again.
    screen.keypress('escape');
    await screen.next();
    expect(screen.getScreen()).toContain('Another candidate metric?');
    expect(screen.getScreen()).toContain('(Weekly active doctors)');
    await answer(screen); // Enter keeps it
    expect(screen.getScreen()).toContain('[Weekly active doctors] How exactly is it counted?');
    await answer(screen); // no definition
    await answer(screen, '0 2 2 1');
    await answer(screen); // no more candidates
    expect(screen.getScreen()).toContain('Active patients per month (7/8) ← best scored');
    await answer(screen, '2'); // choose the second, lower-scored candidate…
    expect(screen.getScreen()).toContain('This is not the best-scored candidate. Why choose it anyway?');
    await answer(screen, 'The sales team is measured on registrations this year');
    await answer(screen, 'New patients enrolled by doctors'); // fills in the example input
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
    line(screen, 'Enrolment source');
    screen.keypress('enter');
    expect(await run2).toBe(0);
    expect(await exists(join(dir, STATE_FILE))).toBe(false);

    const data = parse(await canvasText(dir, 'north-star'));
    expect(data.chosen).toBe('registered_patients');
    expect(data.reason).toBe('The sales team is measured on registrations this year');
    expect(data.candidates).toHaveLength(3);
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
    await answer(screen, '2');
    await answer(screen, '2');
    await answer(screen, 'Weekly active doctors');
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
