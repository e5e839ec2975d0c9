// End to end in a real terminal (tmux): every screen of a value-positioning interview over a
// bundled example's content — the questions with the client's answers, the board (Ctrl-T), the
// summary tables and the findings at the end — in en, zh-CN and zh-TW at 80 and 140 columns.
// Read back as a person reads it: no line wider than the terminal, no word cut in two at a line
// end, no line starting with closing punctuation, no table cell cutting the client's words; and
// no YAML keys, starter ids, section numbers or file positions on the screen.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { parse } from 'yaml';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/index.js';
import { runCli } from '../helpers/run-cli.js';
import { exampleWorkspace, hasTmux, Tmux, tmuxTitle } from './tmux-driver.js';

const tmux = new Tmux('screens');

/** Punctuation a line must not start with (it closes what the line before said). */
const CLOSING = /^\s*[。，、；：！？）」』》〉】”’]/;

/** Every Latin word of the texts given (lower-cased), for telling a cut word from two words. */
function wordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
  return words;
}

/** Every string of a parsed YAML value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The text of each table cell on the screen: a box's columns, each cell's lines put back together. */
function tableCells(lines: string[]): string[] {
  const cells: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    const columns = Math.max(0, ...rows.map((r) => r.length));
    for (let c = 0; c < columns; c++) cells.push(rows.map((r) => (r[c] ?? '').trim()).join(' '));
    rows = [];
  };
  for (const line of lines) {
    if (/^[┌├└]/.test(line)) flush();
    else if (line.startsWith('│')) rows.push(line.split('│').slice(1, -1));
  }
  flush();
  return cells;
}

/** Text compared without spaces: a cell's lines join with a space in Latin text and none in Chinese. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

const CASES = [
  { locale: 'en', example: 'home-furnishing' },
  { locale: 'zh-CN', example: 'patient-service' },
  { locale: 'zh-TW', example: 'patient-service' },
] as const;

describe.skipIf(!hasTmux)(tmuxTitle('interview screens in a real terminal (tmux)'), () => {
  afterEach(() => tmux.killAll());
  afterAll(() => tmux.stop());

  it(
    'fit 80 and 140 columns in en, zh-CN and zh-TW: no line too wide, no word cut, no line opening with closing punctuation, no client text cut',
    async () => {
      const known = wordsOf([...Object.values(catalogue).flatMap((m) => Object.values(m as Record<string, string>)), await readFile(join('canvases', 'value-positioning.canvas.yaml'), 'utf8')]);
      // Six terminals at once: the run is as long as the slowest one.
      const runs = CASES.flatMap((c) => [80, 140].map((columns) => ({ ...c, columns })));
      await Promise.all(
        runs.map(async ({ locale, example, columns }) => {
          const label = `${locale} at ${columns} columns`;
          const dir = await exampleWorkspace(example, locale);
          const vp = parse(await readFile(join(dir, 'canvases', 'value-positioning.yaml'), 'utf8'));
          const ba = parse(await readFile(join(dir, 'canvases', 'business-architecture.yaml'), 'utf8'));
          const words = new Set([...known, ...wordsOf(stringsOf(vp)), ...wordsOf(stringsOf(ba))]);
          const s = tmux.start(['value-positioning', dir], { columns, rows: 60 });
          // A filled-in canvas opens on the jump menu; its last-but-one choice is the whole canvas.
          const menu = await tmux.waitFor(s, '1. ');
          const whole = /^\s*(\d+)\. (The whole canvas|整张画布|整張畫布)/m.exec(menu)![1]!;
          const done = String(Number(whole) + 1);
          tmux.typeText(s, whole);
          tmux.keys(s, 'Enter');
          await tmux.waitFor(s, '── ');
          const boards = tmux.shown(s, '┌');
          tmux.keys(s, 'C-t');
          await tmux.waitFor(s, '┌', boards);
          // Every question kept as it is, up to the summary and findings and the menu again.
          const menuTitle = menu.split('\n').find((l) => l.startsWith('? '))!.slice(2).trim();
          await tmux.enterUntil(s, `? ${menuTitle}`, 80);
          tmux.typeText(s, done);
          tmux.keys(s, 'Enter');
          const screen = await tmux.exited(s);
          expect(screen, label).toContain('EXIT=0');

          const lines = screen.split('\n').map((l) => l.trimEnd());
          for (const [i, line] of lines.entries()) {
            expect(stringWidth(line), `${label}, line ${i + 1} is wider than the terminal: ${line}`).toBeLessThanOrEqual(columns);
            expect(line, `${label}, line ${i + 1} starts with closing punctuation`).not.toMatch(CLOSING);
            // A Latin word cut at the line end: its two halves make a known word the first half is not.
            const next = lines[i + 1];
            const tail = /([A-Za-z]+)$/.exec(line.replace(/[│\s]+$/, ''))?.[1];
            const head = next ? /^[│\s]*([a-z]+)/.exec(next)?.[1] : undefined;
            if (tail && head && !words.has(tail.toLowerCase())) {
              expect(words.has(`${tail}${head}`.toLowerCase()), `${label}: "${tail}" / "${head}" is a word cut in two at line ${i + 1}`).toBe(false);
            }
          }
          // The client's words whole in the tables: the persona and value statements, the board's functions.
          const cells = tableCells(lines).map(squeeze).join('\n');
          expect(cells, `${label}: a table cut a cell short`).not.toContain('…');
          const parties = vp.parties as Record<string, { persona?: string; core_value?: { statement?: string } }>;
          for (const party of Object.values(parties)) {
            for (const text of [party.persona, party.core_value?.statement]) if (text) expect(cells, `${label}: ${text}`).toContain(squeeze(text));
          }
          for (const f of ba.functions as { name: string }[]) expect(cells, `${label}: board row ${f.name}`).toContain(squeeze(f.name));
          // Words for the client: no YAML keys, starter ids, methodology section numbers or file positions.
          expect(screen, label).not.toMatch(/§|example_|demand_side|core_value|canvases\/|\.yaml:\d+/);
        }),
      );
    },
    600_000,
  );

  it(
    'the jump menu of a whole interview says which canvases are filled in, in words, with no escape code printed as text',
    async () => {
      const dir = await exampleWorkspace('patient-service');
      // A re-run of a filled-in workspace opens on the jump menu.
      const s = tmux.start([dir], { columns: 80 });
      const menu = await tmux.waitFor(s, '8. ');
      expect(menu).toMatch(/价值定位 · 已填写/);
      expect(menu).toMatch(/上线计划 · 已填写/);
      // Our own colour codes were escaped like a user's text and shown as "\x1b[2m已填写\x1b[22m".
      expect(menu).not.toMatch(/\\x1b|\\u001b/);
      tmux.keys(s, 'C-c');
      expect(await tmux.exited(s)).toContain('EXIT=130');
    },
    180_000,
  );

  it(
    'shows a finished canvas’s findings while another canvas is broken, and says plainly what to fix there',
    async () => {
      const dir = await exampleWorkspace('patient-service');
      // The launch plan trains on a function no longer on the canvas (validate fails there), and the
      // chosen north star scores 0 on indirect value (a finding of the north-star canvas).
      const plan = join(dir, 'canvases', 'launch-plan.yaml');
      await writeFile(plan, (await readFile(plan, 'utf8')).replace(/^( +)- glucose_log$/m, '$1- glucose_log_gone'));
      const star = join(dir, 'canvases', 'north-star.yaml');
      await writeFile(star, (await readFile(star, 'utf8')).replace('indirect_value: 2 # 沉淀院外数据', 'indirect_value: 0 # 沉淀院外数据'));
      expect(runCli(['validate', dir], dir).code).not.toBe(0);
      const s = tmux.start(['north-star', dir], { columns: 100 });
      await tmux.waitFor(s, '北极星指标：哪一步？');
      await tmux.answer(s, '2', '哪一个候选指标作为北极星？');
      const report = await tmux.answer(s, '', '? 北极星指标：哪一步？');
      const after = report.slice(report.lastIndexOf('✔ 哪一个候选指标作为北极星？'));
      expect(after).toContain('本画布的方法论检查结果（1 条）：');
      expect(after).toContain('选定的北极星“90 天持续在管患者数”在“带来间接业务价值”上得 0 分。');
      expect(after).toContain('完整检查之前，其他部分还需要处理：');
      expect(after).toMatch(/上线计划：有 1 处仍引用了画布上已经不存在的内容/);
      // Advice for the room, not a validator's report.
      expect(after).not.toMatch(/glucose_log_gone|ref\/|:\d+:\d+|§|launch-plan\.yaml/);
      tmux.keys(s, 'Escape');
      expect(await tmux.exited(s)).toContain('EXIT=0');
    },
    300_000,
  );
});
