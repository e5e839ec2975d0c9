// The goal x function x role canvas derived once: lookups every rule and document shares, the
// feature rows (the one goal x function x role join), the board and coverage (methodology §3, §4).
import type { FunctionCategory, ModuleDimension } from '../enums.js';
import type { BusinessArchitecture, CellT, FunctionT, GoalT, RoleT } from '../schemas/business-architecture.js';

/** A role acting at one crossing, with what it does there; `role` is undefined when the id names no role. */
export interface RoleActivity {
  id: string;
  role: RoleT | undefined;
  activity: string;
}

/** One row of the business feature table: a function serving a goal (or none), and the roles acting there. */
export interface FeatureRow {
  goal: GoalT | null;
  fn: FunctionT;
  roles: RoleActivity[];
}

/** One filled crossing of the board, sparse: only the goals a function serves or has cells at. */
export interface BoardCell {
  /** Index of the goal among the board's columns. */
  column: number;
  goal: GoalT;
  roles: RoleActivity[];
}

/** The board: goals across, functions down, roles and their activities at the crossings. */
export interface Board {
  goals: GoalT[];
  /** Every function in file order, with its crossings in goal order. */
  rows: { fn: FunctionT; cells: BoardCell[] }[];
}

/** How many goals have business, operations and data functions (§3). */
export interface Coverage {
  goals: number;
  /** Goals that have at least one function in each of the business, operations and data categories. */
  complete: number;
  withBusiness: number;
  withOperations: number;
  withData: number;
  /** complete / goals, 0-1 (0 when there are no goals). */
  share: number;
}

/** Everything derived from the business architecture. */
export interface BusinessModel {
  ba: BusinessArchitecture;
  goalById: Map<string, GoalT>;
  roleById: Map<string, RoleT>;
  /** First function with each id, and its index in the file. */
  functionById: Map<string, FunctionT>;
  functionIndex: Map<string, number>;
  /** Functions listing each goal id in `goals`, in file order (every goal has an entry). */
  functionsByGoal: Map<string, FunctionT[]>;
  /** Function categories present per goal id, through `goals` (every goal has an entry). */
  categoriesByGoal: Map<string, Set<FunctionCategory>>;
  /** Module dimensions that at least one function belongs to. */
  modules: Set<ModuleDimension>;
  /** Goals of the first delivery phase, and the functions serving them. */
  firstPhaseGoals: GoalT[];
  firstPhaseFunctions: FunctionT[];
  /** Cells by crossing (see crossingKey), in file order. */
  cellsAt: Map<string, CellT[]>;
  /** Ids of the internal roles, and of every role acting in some cell. */
  internalRoles: Set<string>;
  actingRoles: Set<string>;
  /** True when some function rewards frontline staff (§9). */
  hasFrontlineIncentive: boolean;
  /** The business feature table: goal order, then function order; functions related to no goal last. */
  rows: FeatureRow[];
  /** Number of functions related to each goal (through `goals` or a cell). */
  functionCountByGoal: Map<string, number>;
  board: Board;
  coverage: Coverage;
}

/** Key of a canvas crossing. */
export const crossingKey = (goal: string, fn: string): string => `${goal}\u0000${fn}`;

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Counts goals by the function categories that serve them. */
function coverageOf(goals: readonly GoalT[], categories: Map<string, Set<FunctionCategory>>): Coverage {
  const has = (goal: string, category: FunctionCategory) => categories.get(goal)?.has(category) ?? false;
  let withBusiness = 0;
  let withOperations = 0;
  let withData = 0;
  let complete = 0;
  for (const goal of goals) {
    const b = has(goal.id, 'business');
    const o = has(goal.id, 'operations');
    const d = has(goal.id, 'data');
    withBusiness += Number(b);
    withOperations += Number(o);
    withData += Number(d);
    complete += Number(b && o && d);
  }
  return { goals: goals.length, complete, withBusiness, withOperations, withData, share: goals.length === 0 ? 0 : round2(complete / goals.length) };
}

/**
 * Derives the canvas once. Linear in its size: a canvas of 10,000 goals has 50,000 functions and
 * cells, so nothing here scans every cell per goal or every function per goal.
 */
export function deriveBusiness(ba: BusinessArchitecture): BusinessModel {
  const goalById = new Map(ba.goals.map((g) => [g.id, g]));
  const roleById = new Map(ba.roles.map((r) => [r.id, r]));
  const functionById = new Map<string, FunctionT>();
  const functionIndex = new Map<string, number>();
  const functionsByGoal = new Map<string, FunctionT[]>(ba.goals.map((g) => [g.id, []]));
  const categoriesByGoal = new Map<string, Set<FunctionCategory>>(ba.goals.map((g) => [g.id, new Set()]));
  ba.functions.forEach((fn, i) => {
    if (!functionIndex.has(fn.id)) {
      functionIndex.set(fn.id, i);
      functionById.set(fn.id, fn);
    }
    for (const g of new Set(fn.goals)) {
      functionsByGoal.get(g)?.push(fn);
      categoriesByGoal.get(g)?.add(fn.category);
    }
  });

  const cellsAt = new Map<string, CellT[]>();
  for (const c of ba.cells) {
    const k = crossingKey(c.goal, c.function);
    const list = cellsAt.get(k);
    if (list) list.push(c);
    else cellsAt.set(k, [c]);
  }

  // Which functions relate to each goal: through the function's `goals` or through a cell.
  const related = new Map<string, Set<number>>();
  const relate = (goal: string, fn: string) => {
    const i = functionIndex.get(fn);
    if (i === undefined) return;
    const set = related.get(goal);
    if (set) set.add(i);
    else related.set(goal, new Set([i]));
  };
  for (const f of ba.functions) for (const g of f.goals) relate(g, f.id);
  for (const c of ba.cells) relate(c.goal, c.function);
  const inCells = new Set(ba.cells.map((c) => c.function));

  const rolesAt = (goal: string, fn: string): RoleActivity[] =>
    (cellsAt.get(crossingKey(goal, fn)) ?? []).flatMap((c) => c.roles).map((r) => ({ id: r.role, role: roleById.get(r.role), activity: r.activity }));

  const rows: FeatureRow[] = [];
  const columnOf = new Map(ba.goals.map((g, i) => [g.id, i]));
  const cellsOfFunction = new Map<number, BoardCell[]>();
  for (const g of ba.goals) {
    for (const i of [...(related.get(g.id) ?? [])].sort((a, b) => a - b)) {
      const fn = ba.functions[i]!;
      const roles = rolesAt(g.id, fn.id);
      rows.push({ goal: g, fn, roles });
      const cells = cellsOfFunction.get(i);
      const cell = { column: columnOf.get(g.id)!, goal: g, roles };
      if (cells) cells.push(cell);
      else cellsOfFunction.set(i, [cell]);
    }
  }
  for (const fn of ba.functions) {
    if (fn.goals.length === 0 && !inCells.has(fn.id)) rows.push({ goal: null, fn, roles: [] });
  }

  const firstPhaseGoals = ba.goals.filter((g) => g.phase === 1);
  const firstIds = new Set(firstPhaseGoals.map((g) => g.id));
  return {
    ba,
    goalById,
    roleById,
    functionById,
    functionIndex,
    functionsByGoal,
    categoriesByGoal,
    modules: new Set(ba.functions.map((f) => f.module)),
    firstPhaseGoals,
    firstPhaseFunctions: ba.functions.filter((f) => f.goals.some((g) => firstIds.has(g))),
    cellsAt,
    internalRoles: new Set(ba.roles.filter((r) => r.kind === 'internal').map((r) => r.id)),
    actingRoles: new Set(ba.cells.flatMap((c) => c.roles.map((r) => r.role))),
    hasFrontlineIncentive: ba.functions.some((f) => f.frontline_incentive === true),
    rows,
    functionCountByGoal: new Map(ba.goals.map((g) => [g.id, related.get(g.id)?.size ?? 0])),
    board: { goals: ba.goals, rows: ba.functions.map((fn, i) => ({ fn, cells: cellsOfFunction.get(i) ?? [] })) },
    coverage: coverageOf(ba.goals, categoriesByGoal),
  };
}
