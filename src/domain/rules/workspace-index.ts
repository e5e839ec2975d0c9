// Lookups several rules share, computed once per check so each rule stays a few lines.
import type { FunctionCategory, ModuleDimension } from '../enums.js';
import type { FunctionT, GoalT } from '../schemas/business-architecture.js';
import type { Workspace } from '../workspace.js';

/** Precomputed views of the business architecture. */
export interface WorkspaceIndex {
  /** Functions serving each goal id, in file order. */
  functionsByGoal: Map<string, FunctionT[]>;
  /** Module dimensions that at least one function belongs to. */
  modules: Set<ModuleDimension>;
  /** Goals of the first delivery phase. */
  firstPhaseGoals: GoalT[];
  /** Functions serving at least one first-phase goal. */
  firstPhaseFunctions: FunctionT[];
  /** Function categories present per goal id. */
  categoriesByGoal: Map<string, Set<FunctionCategory>>;
  /** Index of each function in the file, by id (first occurrence). */
  functionIndex: Map<string, number>;
  /** Cells by `goal\0function`. */
  cellKeys: Set<string>;
}

/** Key of a canvas crossing. */
export const crossingKey = (goal: string, fn: string): string => `${goal}\u0000${fn}`;

/** Function categories present per goal id (every goal has an entry, possibly empty). */
export function categoriesOfGoals(ba: Workspace['businessArchitecture']): Map<string, Set<FunctionCategory>> {
  const categories = new Map<string, Set<FunctionCategory>>(ba.goals.map((g) => [g.id, new Set()]));
  for (const fn of ba.functions) for (const g of fn.goals) categories.get(g)?.add(fn.category);
  return categories;
}

/** Builds the shared lookups for `ws`. */
export function indexWorkspace(ws: Workspace): WorkspaceIndex {
  const ba = ws.businessArchitecture;
  const functionsByGoal = new Map<string, FunctionT[]>(ba.goals.map((g) => [g.id, []]));
  const functionIndex = new Map<string, number>();
  ba.functions.forEach((fn, i) => {
    if (!functionIndex.has(fn.id)) functionIndex.set(fn.id, i);
    for (const g of new Set(fn.goals)) {
      functionsByGoal.get(g)?.push(fn);
    }
  });
  const firstPhaseGoals = ba.goals.filter((g) => g.phase === 1);
  const firstIds = new Set(firstPhaseGoals.map((g) => g.id));
  return {
    functionsByGoal,
    categoriesByGoal: categoriesOfGoals(ba),
    functionIndex,
    modules: new Set(ba.functions.map((f) => f.module)),
    firstPhaseGoals,
    firstPhaseFunctions: ba.functions.filter((f) => f.goals.some((g) => firstIds.has(g))),
    cellKeys: new Set(ba.cells.map((c) => crossingKey(c.goal, c.function))),
  };
}
