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

/**
 * The model's board with the documents' labels; names of unknown roles fall back to their ids. One
 * pass over the crossings (each row is sent to the parts its cells fall in), so a canvas of
 * thousands of goals costs what its crossings cost, not parts x functions.
 */
export function boardView<F>(plan: PlanModel, fnView: ReadonlyMap<string, F>): BoardView<F> {
  const { board } = plan.business;
  const sizes = boardPartSizes(board.goals.length);
  const partOf: number[] = [];
  const starts: number[] = [];
  const parts: BoardPartView<F>[] = [];
  let first = 0;
  for (const [i, size] of sizes.entries()) {
    starts.push(first);
    for (let c = first; c < first + size; c++) partOf.push(i);
    const goals = board.goals.slice(first, first + size).map((g) => ({ id: g.id, name: g.name, phase: g.phase }));
    parts.push({ index: i + 1, count: sizes.length, goals, rows: [] });
    first += size;
  }
  for (const row of board.rows) {
    // The row's cells in each part it reaches, created when its first cell there is met.
    const inPart = new Map<number, (BoardCellView | null)[]>();
    for (const cell of row.cells) {
      const p = partOf[cell.column];
      if (p === undefined) continue;
      let cells = inPart.get(p);
      if (!cells) {
        cells = Array<BoardCellView | null>(sizes[p]!).fill(null);
        inPart.set(p, cells);
      }
      cells[cell.column - starts[p]!] = { roles: cell.roles.map((r) => ({ id: r.id, name: r.role?.name ?? r.id, activity: r.activity })) };
    }
    for (const p of [...inPart.keys()].sort((x, y) => x - y)) parts[p]!.rows.push({ function: fnView.get(row.fn.id)!, cells: inPart.get(p)! });
  }
  const unassigned = board.rows.filter((r) => r.cells.length === 0).map((r) => ({ id: r.fn.id, name: r.fn.name }));
  return { goalCount: board.goals.length, parts, unassigned };
}
