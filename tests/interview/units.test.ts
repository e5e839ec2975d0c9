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
import { ReplayPrompter, type RecordedAnswer } from '../../src/interview/replay-prompter.js';
import { createValidators } from '../../src/interview/validators.js';
import { parseNumber } from '../../src/interview/numbers.js';
import { splitNameAndId } from '../../src/interview/flow-kit.js';
import { clientText } from '../../src/interview/client-text.js';

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

describe('CanvasSession on a replay', () => {
  async function file(text: string) {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-session-'));
    const abs = join(dir, 'canvas.yaml');
    await writeFile(abs, text);
    return { dir, abs };
  }

  it('walks the answers again in memory and writes once, only the lines that differ', async () => {
    const { abs } = await file('version: 1 # keep me\ngoals: []\n');
    const session = CanvasSession.replaying(abs, 'canvas.yaml', 'version: 1 # keep me\ngoals: []\n');
    await session.set(['goals', 0], { id: 'a', name: 'A' });
    expect(await readFile(abs, 'utf8')).toBe('version: 1 # keep me\ngoals: []\n');
    await session.goLive();
    expect(await readFile(abs, 'utf8')).toBe('version: 1 # keep me\ngoals:\n  - id: a\n    name: A\n');
    await session.set(['goals', 0, 'phase'], 2);
    expect(await readFile(abs, 'utf8')).toContain('    phase: 2\n');
  });

  it('knows a starter value by its "replace" comment, and drops the comment once the value is answered', async () => {
    const { abs } = await file('cold_start:\n  user_growth_target: 1000 # 请替换：冷启动期要达到的用户数\n  by: 2027-06-30 # 请替换：达成日期\nstart: 2027-01-04 # 启动会阶段的第一天；请替换为你的开始日期\n');
    const session = await CanvasSession.open(abs, 'canvas.yaml', 'live');
    expect(session.isPlaceholder(['cold_start', 'user_growth_target'])).toBe(true);
    expect(session.isPlaceholder(['start'])).toBe(true);
    await session.set(['cold_start', 'user_growth_target'], 50000);
    // The same value answered again is an answer too: its starter comment goes.
    await session.set(['cold_start', 'by'], '2027-06-30');
    await session.set(['start'], '2027-02-01');
    expect(await readFile(abs, 'utf8')).toBe('cold_start:\n  user_growth_target: 50000\n  by: 2027-06-30\nstart: 2027-02-01 # 启动会阶段的第一天\n');
    expect(session.isPlaceholder(['cold_start', 'by'])).toBe(false);
  });
});

describe('ReplayPrompter', () => {
  /** A prompter that records what it is asked. */
  const live = (asked: string[]): Prompter =>
    ({
      item: async (q: ItemQuestion) => {
        asked.push(`item ${q.identity}`);
        return 'keep';
      },
      text: async (q: { default?: string }) => {
        asked.push(`text ${q.default ?? ''}`);
        return 'typed';
      },
      say: () => {},
    }) as unknown as Prompter;
  const q = (key: string) => ({ key: ['north-star', key], message: key, validate: () => undefined });

  it('replays recorded answers in order, then asks from the first question without one', async () => {
    const recorded: RecordedAnswer[] = [{ key: 'text:north-star/a', value: 'A' }];
    const asked: string[] = [];
    const out: RecordedAnswer[] = [];
    let live_ = 0;
    const p = new ReplayPrompter(live(asked), recorded, new Map(), { record: (a) => void out.push(a), live: () => void live_++ });
    expect(await p.text(q('a'))).toBe('A');
    expect(p.replaying).toBe(false);
    expect(await p.text(q('b'))).toBe('typed');
    expect(asked).toEqual(['text ']);
    expect(live_).toBe(1);
    expect(out.map((a) => [a.key, a.value])).toEqual([
      ['text:north-star/a', 'A'],
      ['text:north-star/b', 'typed'],
    ]);
  });

  it('offers what was answered before going back as the default, never as a silent answer', async () => {
    const asked: string[] = [];
    const p = new ReplayPrompter(live(asked), [], new Map([['text:north-star/a', 'before']]), { record: () => {} });
    await p.text(q('a'));
    expect(asked).toEqual(['text before']);
  });

  it('stops replaying where the walk leaves the recorded path, keeping the rest as defaults', async () => {
    const recorded: RecordedAnswer[] = [
      { key: 'text:north-star/a', value: 'A' },
      { key: 'text:north-star/b', value: 'B' },
    ];
    const asked: string[] = [];
    const p = new ReplayPrompter(live(asked), recorded, new Map(), { record: () => {} });
    await p.text(q('x'));
    await p.text(q('b'));
    expect(asked).toEqual(['text ', 'text B']);
  });

  it('never replays "remove" onto the item that moved into the removed one’s place', async () => {
    const recorded: RecordedAnswer[] = [{ key: 'item:ba/goals/0#a', value: 'remove' }];
    const asked: string[] = [];
    const p = new ReplayPrompter(live(asked), recorded, new Map(), { record: () => {} });
    expect(await p.item({ key: ['ba', 'goals', 0], identity: 'b', message: '' })).toBe('keep');
    expect(asked).toEqual(['item b']);
  });
});

describe('numbers as a workshop writes them', () => {
  it('understands 万, 亿, 千, grouping commas, k and full-width digits', () => {
    expect(parseNumber('5万')).toEqual({ value: 50000, plain: '50000' });
    expect(parseNumber('1.2亿')).toEqual({ value: 120000000, plain: '120000000' });
    expect(parseNumber('50,000')).toEqual({ value: 50000, plain: '50000' });
    expect(parseNumber('５０００')).toEqual({ value: 5000, plain: '5000' });
    expect(parseNumber('３万')).toEqual({ value: 30000, plain: '30000' });
    expect(parseNumber('2k')?.value).toBe(2000);
    expect(parseNumber('1.5')?.plain).toBe('1.5');
    expect(parseNumber('5,00')).toBeUndefined();
    expect(parseNumber('about 5000')).toBeUndefined();
  });
});

describe('words for the client', () => {
  it('takes a name and the id a person wants from "name #id"', () => {
    expect(splitNameAndId('专家入驻 #expert_onboarding')).toEqual({ name: '专家入驻', id: 'expert_onboarding' });
    expect(splitNameAndId('Team #1')).toEqual({ name: 'Team #1' });
    expect(splitNameAndId('Experts')).toEqual({ name: 'Experts' });
  });

  it('drops methodology references and bracketed ids from what the room reads', () => {
    expect(clientText('Goals are the columns of the canvas (§3).')).toBe('Goals are the columns of the canvas.');
    expect(clientText('目标是画布的列（§3、§14.1）。')).toBe('目标是画布的列。');
    expect(clientText('Function "Chat" (chat) serves no goal.')).toBe('Function "Chat" serves no goal.');
  });
});
