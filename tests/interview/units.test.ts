// The small pieces the interview stands on: validators, id suggestions, the in-place YAML session,
// and the replay that must never apply a recorded answer to the wrong item.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { CanvasSession } from '../../src/interview/canvas-session.js';
import { deriveId } from '../../src/interview/ids.js';
import { isExampleItem, isPlaceholderText } from '../../src/interview/placeholder.js';
import type { ItemQuestion, Prompter } from '../../src/interview/prompter.js';
import { ResumingPrompter, type RecordedAnswer } from '../../src/interview/resuming-prompter.js';
import { createValidators } from '../../src/interview/validators.js';

describe('validators', () => {
  const en = createValidators(translator('en'));
  const zh = createValidators(translator('zh-CN'));

  it('accept good input and explain bad input in the user language', () => {
    expect(en.requiredText('x')).toBeUndefined();
    expect(en.requiredText('  ')).toBe('An answer is needed here.');
    expect(zh.requiredText('')).toBe('此处必须填写。');
    expect(en.optionalText('')).toBeUndefined();
    expect(en.integer(0, 2)('2')).toBeUndefined();
    expect(en.integer(0, 2)('3')).toBe('Enter a whole number from 0 to 2.');
    expect(en.integer(0, 2)('1.5')).toBe('Enter a whole number from 0 to 2.');
    expect(en.integer(1, Number.MAX_SAFE_INTEGER)('0')).toContain('whole number');
    expect(en.integer(1, 5, true)('')).toBeUndefined();
    expect(en.date()('2027-01-04')).toBeUndefined();
    expect(en.date()('2027-02-29')).toContain('not a real calendar date');
    expect(en.date()('4 Jan 2027')).toContain('write YYYY-MM-DD');
    expect(en.date(true)('')).toBeUndefined();
    expect(en.date(false, '2027-01-05')('2027-01-04')).toBe('The date cannot be before 2027-01-05.');
  });

  it('keep ids in the format and unique in their list', () => {
    const check = zh.id(new Set(['experts']));
    expect(check('expert_pool')).toBeUndefined();
    expect(check('experts')).toBe('id "experts" 在本列表中已被使用，请换一个。');
    expect(check('Experts')).toContain('不是有效的 id');
    expect(check('专家')).toContain('不是有效的 id');
    expect(check('-x')).toContain('不是有效的 id');
  });
});

describe('deriveId', () => {
  it('makes snake_case ids from Latin names and numbered ones from Chinese names', () => {
    expect(deriveId('Expert onboarding', 'function', new Set())).toBe('expert_onboarding');
    expect(deriveId('Café & Co.', 'goal', new Set())).toBe('cafe_co');
    expect(deriveId('专家入驻', 'function', new Set())).toBe('function_1');
    expect(deriveId('专家入驻', 'function', new Set(['function_1']))).toBe('function_2');
    expect(deriveId('300位合作医生', 'resource', new Set())).toBe('resource_1');
    expect(deriveId('与 CRM 经理的访谈', 'evidence', new Set())).toBe('crm');
    expect(deriveId('CRM', 'evidence', new Set(['crm']))).toBe('crm_2');
    expect(deriveId('x'.repeat(100), 'goal', new Set()).length).toBeLessThanOrEqual(64);
  });
});

describe('placeholders', () => {
  it('recognises the starter files’ placeholders in every locale', () => {
    expect(isPlaceholderText('Replace with a pain point')).toBe(true);
    expect(isPlaceholderText('请替换：一个痛点')).toBe(true);
    expect(isPlaceholderText('請替換：一個痛點')).toBe(true);
    expect(isPlaceholderText('复诊挂号难')).toBe(false);
    expect(isExampleItem({ id: 'example_goal', name: 'Replace with a goal' })).toBe(true);
    expect(isExampleItem({ id: 'example_goal', name: 'Experts' })).toBe(false);
    expect(isExampleItem({ department: '请替换：一个部门' })).toBe(true);
  });
});

describe('CanvasSession', () => {
  async function file(text: string) {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-session-'));
    const abs = join(dir, 'canvas.yaml');
    await writeFile(abs, text);
    return { dir, abs };
  }

  it('writes each change at once, keeping comments, and adds items to "[]" lists in block style', async () => {
    const { dir, abs } = await file('# top comment\nversion: 1\n# the goals\ngoals: [] # none yet\nroles: []\n');
    const session = await CanvasSession.open(abs, 'canvas.yaml', 'live');
    await session.set(['goals', 0], { id: 'experts', name: '专家资源沉淀' });
    expect(await readFile(abs, 'utf8')).toBe('# top comment\nversion: 1\n# the goals\ngoals:\n  # none yet\n  - id: experts\n    name: 专家资源沉淀\nroles: []\n');
    await session.set(['goals', 0, 'phase'], 1);
    expect(await readFile(abs, 'utf8')).toContain('    phase: 1\n');
    // Empty optional answers remove the key rather than write it empty.
    await session.set(['goals', 0, 'description'], '');
    await session.set(['goals', 0, 'phase'], undefined);
    expect(await readFile(abs, 'utf8')).not.toContain('phase');
    expect(session.changes).toBe(4);
    // No temporary files are left beside it.
    expect(await readdir(dir)).toEqual(['canvas.yaml']);
  });

  it('keeps a hand edit made between two answers', async () => {
    const { abs } = await file('version: 1\na: 1\n');
    const session = await CanvasSession.open(abs, 'canvas.yaml', 'live');
    await writeFile(abs, 'version: 1\na: 1\nb: 2 # typed by hand\n');
    await session.set(['c'], 3);
    expect(await readFile(abs, 'utf8')).toBe('version: 1\na: 1\nb: 2 # typed by hand\nc: 3\n');
  });

  it('buffers changes until commit', async () => {
    const { abs } = await file('version: 1\n');
    const session = await CanvasSession.open(abs, 'canvas.yaml', 'buffered');
    await session.set(['a'], 'x');
    expect(await readFile(abs, 'utf8')).toBe('version: 1\n');
    expect(session.data()).toEqual({ version: 1, a: 'x' });
    expect(await session.commit()).toBe(true);
    expect(await readFile(abs, 'utf8')).toBe('version: 1\na: x\n');
  });
});

describe('ResumingPrompter', () => {
  /** A prompter that must not be asked: replay should answer everything up to the stop. */
  const live = (asked: string[]): Prompter =>
    ({
      item: async (q: ItemQuestion) => {
        asked.push(`item ${q.identity}`);
        return 'keep';
      },
      text: async () => {
        asked.push('text');
        return 'typed';
      },
      say: () => {},
    }) as unknown as Prompter;

  it('replays recorded answers, then asks from the first unanswered question', async () => {
    const recorded: RecordedAnswer[] = [{ key: 'text:north-star/a', value: 'A' }];
    const asked: string[] = [];
    const out: RecordedAnswer[] = [];
    const p = new ResumingPrompter(live(asked), recorded, async (a) => void out.push(a));
    expect(await p.text({ key: ['north-star', 'a'], message: '', validate: () => undefined })).toBe('A');
    expect(p.replaying).toBe(true);
    expect(await p.text({ key: ['north-star', 'b'], message: '', validate: () => undefined })).toBe('typed');
    expect(p.replaying).toBe(false);
    expect(asked).toEqual(['text']);
    expect(out).toEqual([
      { key: 'text:north-star/a', value: 'A' },
      { key: 'text:north-star/b', value: 'typed' },
    ]);
  });

  it('never replays "remove" onto the item that moved into the removed one’s place', async () => {
    // The interrupted run removed goal A (first in the list); B is first now.
    const recorded: RecordedAnswer[] = [{ key: 'item:ba/goals/0#a', value: 'remove' }];
    const asked: string[] = [];
    const p = new ResumingPrompter(live(asked), recorded, async () => {});
    expect(await p.item({ key: ['ba', 'goals', 0], identity: 'b', message: '' })).toBe('keep');
    expect(asked).toEqual(['item b']);
  });
});
