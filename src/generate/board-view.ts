// The board (methodology §3) as documents show it: goals across, functions down, the roles and
// what they do at each crossing, cut into parts of a few goals so a wide canvas stays readable.
import type { PlanModel } from '../domain/model/index.js';
/** A reference to a named entry. */
interface Named {
  id: string;
  name: string;
}

/** A role acting at a crossing, with what it does there. */
interface RoleActivity extends Named {
  activity: string;
}

/** Most goal columns in one part of the board: beyond six, a printed column is too narrow to read. */
export const BOARD_MAX_GOALS = 6;

/** One crossing: the function serves the goal (or has roles there); `roles` may still be empty. */
export interface BoardCellView {
  roles: RoleActivity[];
}

/** One function's row of a part: a cell per goal column, `null` where the function does not serve it. */
export interface BoardRowView<F = Named> {
  function: F;
  cells: (BoardCellView | null)[];
}

/** A part of the board: some goals and the functions that serve at least one of them. */
export interface BoardPartView<F = Named> {
  /** 1-based number of the part, and how many there are (for "part 1 of 2"). */
  index: number;
  count: number;
  goals: (Named & { phase: number })[];
  rows: BoardRowView<F>[];
}

/** The board in parts, and the functions that serve no goal (they have no row). */
export interface BoardView<F = Named> {
  goalCount: number;
  parts: BoardPartView<F>[];
  unassigned: Named[];
}

/** Splits `n` goals into parts of at most BOARD_MAX_GOALS, as even as they can be (5 -> 5; 7 -> 4 + 3). */
export function boardPartSizes(n: number): number[] {
  if (n === 0) return [];
  const parts = Math.ceil(n / BOARD_MAX_GOALS);
  return Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));
}

/** The model's board with the documents' labels; names of unknown roles fall back to their ids. */
export function boardView<F>(plan: PlanModel, fnView: ReadonlyMap<string, F>): BoardView<F> {
  const { board } = plan.business;
  const sizes = boardPartSizes(board.goals.length);
  const parts: BoardPartView<F>[] = [];
  let first = 0;
  for (const [i, size] of sizes.entries()) {
    const last = first + size;
    const goals = board.goals.slice(first, last).map((g) => ({ id: g.id, name: g.name, phase: g.phase }));
    const rows: BoardRowView<F>[] = [];
    for (const row of board.rows) {
      const cells: (BoardCellView | null)[] = Array<BoardCellView | null>(size).fill(null);
      let any = false;
      for (const cell of row.cells) {
        if (cell.column < first || cell.column >= last) continue;
        any = true;
        cells[cell.column - first] = { roles: cell.roles.map((r) => ({ id: r.id, name: r.role?.name ?? r.id, activity: r.activity })) };
      }
      if (any) rows.push({ function: fnView.get(row.fn.id)!, cells });
    }
    parts.push({ index: i + 1, count: sizes.length, goals, rows });
    first = last;
  }
  const unassigned = board.rows.filter((r) => r.cells.length === 0).map((r) => ({ id: r.fn.id, name: r.fn.name }));
  return { goalCount: board.goals.length, parts, unassigned };
}
