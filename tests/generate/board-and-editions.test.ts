// The board as a document, and the report's two editions, read back with a Markdown parser
// (markdown-it) and from the HTML: goals across, functions down, roles at the crossings; advice
// for the client, rule ids and file positions only for the team.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { derivePlan } from '../../src/domain/model/index.js';
import { boardPartSizes, boardView } from '../../src/generate/board-view.js';
import { generateDocuments } from '../../src/generate/generate-documents.js';
import { loadFixture } from './load-fixture.js';

const md = new MarkdownIt({ html: false });

/** The tables of a Markdown document: header cells and body rows, as plain text. */
function tables(source: string): { head: string[]; rows: string[][] }[] {
  const tokens = md.parse(source, {});
  const out: { head: string[]; rows: string[][] }[] = [];
  let row: string[] | null = null;
  let inHead = false;
  for (const t of tokens) {
    if (t.type === 'table_open') out.push({ head: [], rows: [] });
    if (t.type === 'thead_open') inHead = true;
    if (t.type === 'thead_close') inHead = false;
    if (t.type === 'tr_open') row = [];
    if (t.type === 'inline' && row) row.push(md.renderInline(t.content).replace(/<br>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    if (t.type === 'tr_close' && row) {
      const table = out[out.length - 1]!;
      if (inHead) table.head = row;
      else table.rows.push(row);
      row = null;
    }
  }
  return out;
}

async function documents(dir: string) {
  const { ws, report, options } = await loadFixture(dir);
  const files = generateDocuments(derivePlan(ws), report, options);
  const text = (path: string) => String(files.find((f) => f.path === path)?.contents ?? '');
  return { ws, text, paths: files.map((f) => f.path) };
}

describe('board.md', () => {
  test('goals across (with their phase), functions down, each crossing "role: activity" on its lines', async () => {
    const { ws, text } = await documents('examples/home-furnishing');
    const [board] = tables(text('board.md'));
    const goals = ws.businessArchitecture.goals;
    expect(board!.head).toEqual(['Function', ...goals.map((g) => `${g.name} (Phase ${g.phase})`)]);
    const row = board!.rows.find((r) => r[0] === 'Unified lead inbox')!;
    expect(row).toHaveLength(goals.length + 1);
    expect(row[1]).toContain('In-store sales associate: Logs every showroom visitor');
    expect(row[2]).toBe('');
    // Every function that serves a goal has its row.
    const serving = ws.businessArchitecture.functions.filter((f) => f.goals.length > 0);
    expect(board!.rows.map((r) => r[0]).sort()).toEqual(serving.map((f) => f.name).sort());
  });

  test('hostile names stay one cell each and read as typed', async () => {
    const { text } = await documents('tests/golden/cases/hostile/input');
    const [board] = tables(text('board.md'));
    expect(board!.head[1]).toBe('A | B "quoted" <script>alert(1)</script> --> %%{init} (Phase 1)');
    for (const r of board!.rows) expect(r).toHaveLength(board!.head.length);
  });

  test('a wide canvas is cut into parts of at most six goals, as even as they can be', () => {
    expect(boardPartSizes(5)).toEqual([5]);
    expect(boardPartSizes(6)).toEqual([6]);
    expect(boardPartSizes(7)).toEqual([4, 3]);
    expect(boardPartSizes(13)).toEqual([5, 4, 4]);
    expect(boardPartSizes(0)).toEqual([]);
  });

  test('the Markdown report links the board and the internal edition', async () => {
    const { text } = await documents('examples/home-furnishing');
    expect(text('plan-report.md')).toContain('](board.md)');
    expect(text('plan-report.md')).toContain('](plan-report-internal.html)');
  });
});

describe('the editions of the HTML report', () => {
  test('the client edition words the findings as advice, with no rule id and no file position', async () => {
    const { text } = await documents('examples/patient-service');
    const client = text('plan-report.html');
    expect(client).not.toMatch(/canvas\/goal-categories|<code>[a-z-]+\/[a-z-]+<\/code>/);
    expect(client).not.toMatch(/canvases\/[a-z-]+\.yaml:\d+/);
    // What to do (the hint) comes first, marked by priority, then what in the plan shows it.
    expect(client).toMatch(/<li><span class="priority warning">建议处理<\/span>只有想清楚真实运营/);
    expect(client).toContain('目标“三甲医院院外管理合作”缺少运营功能。');
    expect(client).toContain('客户版');
  });

  test('the internal edition adds every check with its rule and place, in an appendix', async () => {
    const { text } = await documents('examples/patient-service');
    const internal = text('plan-report-internal.html');
    expect(internal).toContain('<code>canvas/goal-categories</code>');
    expect(internal).toMatch(/<code>canvases\/business-architecture\.yaml:\d+:\d+<\/code>/);
    expect(internal).toContain('附录：检查明细');
    expect(internal).toContain('内部版');
  });

  test('both have a cover and contents listing every chapter', async () => {
    const { text } = await documents('examples/home-furnishing');
    for (const path of ['plan-report.html', 'plan-report-internal.html']) {
      const html = text(path);
      expect(html).toMatch(/<header class="cover">[\s\S]*Larchwood Whole-Home Platform[\s\S]*Larchwood Home Living Co\., Ltd\.[\s\S]*2026-11-05[\s\S]*Version<\/dt><dd>[0-9a-f]{8}<\/dd>/);
      for (const id of ['value', 'board', 'features', 'north-star', 'assessment', 'launch', 'advice']) {
        expect(html).toContain(`<a href="#${id}">`);
        expect(html).toContain(`id="${id}"`);
      }
    }
  });
});

describe('the board of a wide canvas', () => {
  test('each part holds exactly its goals and the functions serving one of them, in canvas order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-board-'));
    try {
      const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/generate-workspace.js', import.meta.url)), dir, '--goals', '13', '--seed', '7'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const { ws } = await loadFixture(dir);
      const plan = derivePlan(ws);
      const fnView = new Map(ws.businessArchitecture.functions.map((f) => [f.id, f.id]));
      const view = boardView(plan, fnView);
      // The plain reading of "parts of the board": every row looked at for every part.
      const { board } = plan.business;
      let first = 0;
      const expected = boardPartSizes(board.goals.length).map((size, i, all) => {
        const last = first + size;
        const rows = board.rows
          .filter((row) => row.cells.some((c) => c.column >= first && c.column < last))
          .map((row) => ({
            function: row.fn.id,
            cells: Array.from({ length: size }, (_, k) => {
              const cell = row.cells.find((c) => c.column === first + k);
              return cell ? { roles: cell.roles.map((x) => ({ id: x.id, name: x.role?.name ?? x.id, activity: x.activity })) } : null;
            }),
          }));
        const part = { index: i + 1, count: all.length, goals: board.goals.slice(first, last).map((g) => ({ id: g.id, name: g.name, phase: g.phase })), rows };
        first = last;
        return part;
      });
      expect(view.parts.map((p) => p.goals.length)).toEqual([5, 4, 4]);
      expect(view.parts).toEqual(expected);
      expect(view.parts.every((p) => p.rows.length > 0)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
