// End to end in a real terminal (tmux): the business-architecture canvas as a consultant fills it
// in front of the client. The roles at a crossing ticked in one checklist (Enter alone picks
// nobody), keys typed ahead landing in the right field, the board on Ctrl-T and at the end, the
// jump menu (Ctrl-G: step, then item) showing what a role does at a crossing; and pasting:
// several lines into a list, 20,000 characters into one answer, Ctrl-C still heard after.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { exampleWorkspace, freshWorkspace, hasTmux, Tmux, tmuxTitle } from './tmux-driver.js';

const tmux = new Tmux('grid');
const LONG = 300_000;

/** The board as the screen shows it: the lines of the last box drawn after `after`. */
function lastBoard(screen: string, title: string): string {
  const at = screen.lastIndexOf(title);
  expect(at, `no board titled ${title}`).toBeGreaterThanOrEqual(0);
  const rest = screen.slice(at).split('\n');
  const end = rest.findIndex((l) => l.startsWith('└'));
  return rest.slice(0, end + 1).join('\n');
}

describe.skipIf(!hasTmux)(tmuxTitle('the business architecture in a real terminal (tmux)'), () => {
  afterEach(() => tmux.killAll());
  afterAll(() => tmux.stop());

  it(
    'ticks a crossing’s roles in one checklist, keeps type-ahead in its field, shows the board, and jumps to a crossing',
    async () => {
      const dir = await freshWorkspace('en');
      const s = tmux.start(['business-architecture', dir], { columns: 140 });
      await tmux.waitFor(s, 'Which industry is the company in?');
      await tmux.answer(s, '5', 'How large is the company?');
      await tmux.answer(s, '2', 'What is a key operating goal the platform has to reach?');
      await tmux.answer(s, 'Designer network', 'Another key operating goal?');
      await tmux.answer(s, 'Order conversion', 'Another key operating goal?');
      await tmux.answer(s, '', 'Which of these goals come after the first launch');
      await tmux.answer(s, '', 'What is the new role called?');
      await tmux.answer(s, 'Home owner', 'What is this role accountable for');
      await tmux.answer(s, 'Chooses a design and orders', 'What is the new role called?');
      await tmux.answer(s, 'Designer', 'What is this role accountable for');
      await tmux.answer(s, 'Draws the plans', 'Another role?');
      await tmux.answer(s, 'Operations staff', 'What is this role accountable for');
      await tmux.answer(s, 'Vets designers', 'Another role?');
      await tmux.answer(s, '', 'Which of these roles are the company');
      const grid = await tmux.answer(s, '3', '[Designer network] Which function does the platform need to reach this goal?');
      // The board shown before the functions are asked, while it has none yet.
      expect(grid.slice(grid.lastIndexOf('Which of these roles are the company'))).toMatch(/The board: goals across, functions down\nNo function yet\./);
      await tmux.answer(s, 'Designer onboarding', 'What kind of function is it?');
      await tmux.answer(s, '1', 'Which roles take part here?');
      // Enter alone does not pick the first role: it says how to pick.
      await tmux.answer(s, '', 'Enter alone picks nobody.');
      tmux.typeText(s, '23');
      const ticked = await tmux.answer(s, '', 'What does this role do in this function');
      expect(ticked).toMatch(/Which roles take part here\? Tick each one \(Space\)\.\s+Designer, Operations staff/);
      // Typed ahead: both answers and the Enter after each, sent before the second question is drawn.
      const nextFunction = '[Designer network] Which function does the platform need to reach this goal?';
      const seen = tmux.shown(s, nextFunction);
      tmux.typeText(s, 'Uploads a portfolio');
      tmux.keys(s, 'Enter');
      tmux.typeText(s, 'Checks credentials');
      tmux.keys(s, 'Enter');
      await tmux.waitFor(s, nextFunction, seen);
      // On request, the board as it stands: goals across, functions down, roles at the crossing.
      const seenBoard = tmux.shown(s, 'The board');
      tmux.keys(s, 'C-t');
      const board = lastBoard(await tmux.waitFor(s, 'The board', seenBoard), 'The board');
      expect(board).toMatch(/Function\s+│ Designer network\s+│ Order conversion/);
      expect(board).toMatch(/Designer onboarding\s+│ Designer, Operations staff/);
      await tmux.answer(s, '', 'Another function for "Designer network"?'); // the starter's second example goes
      await tmux.answer(s, '', 'reach "Order conversion"?');
      await tmux.answer(s, 'Design quotes', 'What kind of function is it?');
      await tmux.answer(s, '1', 'Which roles take part here?');
      tmux.typeText(s, '1');
      await tmux.answer(s, '', 'What does this role do in this function');
      await tmux.answer(s, 'Asks for a quote', 'Another function for "Order conversion"?');

      // Ctrl-G: the jump menu, its steps, then a crossing; the role there shows what it does.
      tmux.keys(s, 'C-g');
      await tmux.waitFor(s, 'Business architecture: which step?');
      await tmux.answer(s, '4', 'Functions and who does what: which one?');
      const items = tmux.screen(s, true);
      expect(items).toContain('Designer network × Designer onboarding');
      const number = /^\s*(\d+)\. Designer network × Designer onboarding$/m.exec(items)![1]!;
      const cell = await tmux.answer(s, number, 'Which roles take part here?');
      // Roles already at the crossing are ticked, and each says what it does there.
      expect(cell).toMatch(/◉ 2\. Designer/);
      expect(cell).toMatch(/◉ 3\. Operations staff/);
      const seenDoes = tmux.shown(s, 'Does here: Uploads a portfolio');
      tmux.keys(s, 'Down');
      await tmux.waitFor(s, 'Does here: Uploads a portfolio', seenDoes);
      await tmux.answer(s, '', '(Uploads a portfolio)');
      await tmux.answer(s, '', '(Checks credentials)');
      const after = await tmux.answer(s, '', 'Business architecture: which step?');
      // The board again after the edit, and the report of the canvas.
      expect(lastBoard(after, 'The board')).toMatch(/Design quotes\s+│\s+│ Home owner/);
      await tmux.answer(s, '1', 'Another function for "Order conversion"?'); // back to where the walk was
      await tmux.answer(s, '', 'Which of these functions should be built as configurable modules?');
      // The rest of the canvas left as it is: Enter at each question until the program ends.
      const screen = await tmux.enterUntil(s, 'EXIT=', 30);
      expect(screen).toContain('EXIT=0');
      // The board at the end of the canvas, as `show` draws it.
      const end = screen.slice(screen.lastIndexOf('Which of these functions should be built as configurable modules?'));
      expect(lastBoard(end, 'The board')).toMatch(/Designer onboarding\s+│ Designer, Operations staff/);

      const data = parse(await readFile(join(dir, 'canvases', 'business-architecture.yaml'), 'utf8'));
      expect(data.cells).toEqual([
        { goal: 'designer_network', function: 'designer_onboarding', roles: [{ role: 'designer', activity: 'Uploads a portfolio' }, { role: 'operations_staff', activity: 'Checks credentials' }] },
        { goal: 'order_conversion', function: 'design_quotes', roles: [{ role: 'home_owner', activity: 'Asks for a quote' }] },
      ]);
      expect(data.roles.map((r: { id: string; kind: string }) => `${r.id}:${r.kind}`)).toEqual(['home_owner:external', 'designer:external', 'operations_staff:internal']);
    },
    LONG,
  );

  it(
    'keeps every line of a multi-line paste as list items, takes a 20,000-character paste whole, and still hears Ctrl-C',
    async () => {
      const dir = await freshWorkspace('zh-CN');
      const s = tmux.start(['value-positioning', dir], { columns: 100 });
      await tmux.waitFor(s, '企业属于哪个行业？');
      await tmux.answer(s, '5', '企业规模多大？');
      await tmux.answer(s, '2', '企业目前的业务是否已经稳定运转');
      await tmux.answer(s, '', '需求方是谁');
      await tmux.answer(s, '想要整体家装的城市家庭', '他们现在最头疼的是什么');
      tmux.paste(s, '报价不透明\n工期总拖延\n售后找不到人');
      await tmux.waitFor(s, '3. 售后找不到人');
      await tmux.answer(s, '', '以客户自己的口吻说');
      // 20,000 characters in one paste: taken whole (the length check speaks only once all of it is in).
      const long = '需要送装、保养和售后上门的家庭。'.repeat(1250);
      expect(long.length).toBe(20_000);
      tmux.paste(s, long);
      await tmux.answer(s, '', '请控制在 2000 个字符以内');
      const stop = tmux.shown(s, 'EXIT=');
      tmux.keys(s, 'C-c');
      expect(await tmux.waitFor(s, 'EXIT=', stop)).toContain('EXIT=130');
      const demand = parse(await readFile(join(dir, 'canvases', 'value-positioning.yaml'), 'utf8')).parties.demand_side;
      expect(demand.persona).toBe('想要整体家装的城市家庭');
      expect(demand.pain_points).toEqual(['报价不透明', '工期总拖延', '售后找不到人']);
    },
    LONG,
  );

  it(
    'shows the board as the business architecture opens, before its first question',
    async () => {
      const dir = await exampleWorkspace('home-furnishing');
      const s = tmux.start(['business-architecture', dir], { columns: 140 });
      const menu = await tmux.waitFor(s, 'Business architecture: which step?');
      const whole = /^\s*(\d+)\. The whole canvas/m.exec(menu)![1]!;
      const opened = await tmux.answer(s, whole, ': keep, edit or remove?');
      const board = opened.slice(opened.lastIndexOf('✔ Business architecture: which step?'));
      // The board comes first, then the first goal is asked about.
      expect(board.indexOf('The board: goals across, functions down')).toBeGreaterThan(0);
      expect(board.indexOf('The board: goals across, functions down')).toBeLessThan(board.indexOf(': keep, edit or remove?'));
      const ba = parse(await readFile(join(dir, 'canvases', 'business-architecture.yaml'), 'utf8'));
      for (const g of ba.goals as { name: string }[]) expect(board).toContain(g.name.split(' ')[0]);
      const stop = tmux.shown(s, 'EXIT=');
      tmux.keys(s, 'C-c');
      expect(await tmux.waitFor(s, 'EXIT=', stop)).toContain('EXIT=130');
    },
    LONG,
  );
});
