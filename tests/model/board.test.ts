// The board and the feature rows are one join of goals, functions and roles: goals across,
// functions down, the roles and their activities at each crossing, as data a terminal table or a
// document renders.
import { describe, expect, it } from 'vitest';
import { deriveBusiness } from '../../src/domain/model/index.js';
import { boardTable, featureTable } from '../../src/generate/canvas-tables.js';
import { renderTable } from '../../src/generate/text-table.js';
import { textWidth } from '../../src/generate/text-width.js';
import { translator } from '../../src/i18n/index.js';
import { loadFixture } from '../generate/load-fixture.js';
import { cleanWorkspace, realGlossary } from '../rules/fixture.js';

const glossary = realGlossary();
const text = { t: translator('en'), locale: 'en' as const, label: (key: string) => glossary.label(key, 'en') };

describe('the board', () => {
  it('has the goals as columns, every function as a row, and the roles at the crossings', () => {
    const board = deriveBusiness(cleanWorkspace().businessArchitecture).board;
    expect(board.goals.map((g) => g.id)).toEqual(['doctors', 'bookings']);
    expect(board.rows.map((r) => [r.fn.id, r.cells.map((c) => [c.column, c.roles.map((x) => `${x.id}:${x.activity}`)])])).toEqual([
      ['onboarding', [[0, ['doctor:Signs up']]]],
      ['rep_incentive', [[0, ['rep:Earns points']]]],
      ['doctor_stats', [[0, ['rep:Reviews activity']]]],
      ['booking', [[1, ['patient:Books']]]],
      ['reminders', [[1, ['patient:Gets reminded']]]],
      ['funnel', [[1, ['doctor:Sees no-shows']]]],
      ['payment', [[1, ['patient:Pays']]]],
      ['articles', [[1, ['doctor:Writes', 'patient:Reads']]]],
    ]);
  });

  it('is the same join as the feature rows: every filled crossing is a row, and no other', () => {
    const business = deriveBusiness(cleanWorkspace().businessArchitecture);
    const fromBoard = business.board.rows.flatMap((r) => r.cells.map((c) => `${c.goal.id}/${r.fn.id}/${c.roles.length}`)).sort();
    const fromRows = business.rows.filter((r) => r.goal).map((r) => `${r.goal!.id}/${r.fn.id}/${r.roles.length}`).sort();
    expect(fromBoard).toEqual(fromRows);
  });

  it('keeps a function serving no goal as a row with no crossing, and names a role id no role has', () => {
    const ws = cleanWorkspace();
    ws.businessArchitecture.functions.push({ id: 'chat', name: 'Chat', category: 'business', module: 'business_function', goals: [] });
    ws.businessArchitecture.cells[0]!.roles.push({ role: 'ghost', activity: 'Haunts' });
    const business = deriveBusiness(ws.businessArchitecture);
    expect(business.board.rows.at(-1)).toMatchObject({ fn: { id: 'chat' }, cells: [] });
    expect(business.rows.at(-1)).toMatchObject({ goal: null, fn: { id: 'chat' }, roles: [] });
    expect(business.rows[0]!.roles.map((r) => [r.id, r.role?.name ?? null])).toEqual([
      ['doctor', 'Doctor'],
      ['ghost', null],
    ]);
  });

  it('renders as a terminal table, goals across, lines of one width, within the width given', () => {
    const table = boardTable(deriveBusiness(cleanWorkspace().businessArchitecture).board, text);
    expect(table.head).toEqual(['Function', 'Doctor accumulation', 'Bookings']);
    expect(table.rows[7]).toEqual(['Health articles', '', 'Doctor: Writes\nPatient: Reads']);
    const lines = renderTable(table, { width: 60, color: false }).split('\n');
    expect(new Set(lines.map(textWidth)).size).toBe(1);
    expect(textWidth(lines[0]!)).toBeLessThanOrEqual(60);
  });

  it('of a large example has as many filled crossings as its feature table has rows with a goal', async () => {
    const { plan } = await loadFixture('examples/patient-service');
    const crossings = plan.business.board.rows.reduce((n, r) => n + r.cells.length, 0);
    expect(crossings).toBe(featureTable(plan, text).rows.filter((_, i) => plan.business.rows[i]!.goal).length);
  });
});
