// Goal x function x role canvas rules (methodology §3, §14.4).
import type { FunctionCategory } from '../enums.js';
import { BA } from './files.js';
import type { RawFinding, Rule } from './types.js';
import { crossingKey } from '../model/index.js';

/** Categories every goal needs: scope is complete only once real operation is thought through (§3). */
const GOAL_CATEGORIES: readonly FunctionCategory[] = ['business', 'operations', 'data'];

/** A goal nothing on the canvas reaches. */
export const goalHasFunctions: Rule = {
  id: 'canvas/goal-has-functions',
  file: BA,
  severity: 'error',
  basis: 'methodology',
  source: '§3',
  check({ ws, plan, msg }) {
    return ws.businessArchitecture.goals.flatMap((goal, i): RawFinding[] =>
      (plan.business.functionsByGoal.get(goal.id)?.length ?? 0) > 0
        ? []
        : [{ path: ['goals', i], message: msg('check.canvas.goalHasFunctions', { goal: goal.name, id: goal.id }), hint: msg('check.canvas.goalHasFunctions.hint', { id: goal.id }) }],
    );
  },
};

/** A function that serves no goal: a feature item the team can get lost in (§3 checks it enables). */
export const functionServesGoal: Rule = {
  id: 'canvas/function-serves-goal',
  file: BA,
  severity: 'error',
  basis: 'methodology',
  source: '§3, §14.4',
  check({ ws, msg }) {
    return ws.businessArchitecture.functions.flatMap((fn, i): RawFinding[] =>
      fn.goals.length > 0
        ? []
        : [{ path: ['functions', i, 'goals'], message: msg('check.canvas.functionServesGoal', { fn: fn.name, id: fn.id }), hint: msg('check.canvas.functionServesGoal.hint') }],
    );
  },
};

/** A filled crossing must name at least one role with its activity. */
export const crossingRoles: Rule = {
  id: 'canvas/crossing-roles',
  file: BA,
  severity: 'error',
  basis: 'methodology',
  source: '§3, §14.4',
  check({ ws, msg }) {
    return ws.businessArchitecture.cells.flatMap((cell, i): RawFinding[] =>
      cell.roles.length > 0
        ? []
        : [{ path: ['cells', i, 'roles'], message: msg('check.canvas.crossingRoles', { goal: cell.goal, fn: cell.function }), hint: msg('check.canvas.crossingRoles.hint') }],
    );
  },
};

/** A function says it serves a goal, but the canvas has no crossing saying who does what there. */
export const crossingMissing: Rule = {
  id: 'canvas/crossing-missing',
  file: BA,
  severity: 'warning',
  basis: 'consistency',
  source: '§3',
  check({ ws, plan, msg }) {
    const { goalById, cellsAt } = plan.business;
    return ws.businessArchitecture.functions.flatMap((fn, i) =>
      fn.goals.flatMap((goal, j): RawFinding[] =>
        !goalById.has(goal) || cellsAt.has(crossingKey(goal, fn.id))
          ? []
          : [{ path: ['functions', i, 'goals', j], message: msg('check.canvas.crossingMissing', { fn: fn.id, goal }), hint: msg('check.canvas.crossingMissing.hint', { fn: fn.id, goal }) }],
      ),
    );
  },
};

/** A crossing for a goal its function does not list: the canvas and the feature table disagree. */
export const crossingNotServed: Rule = {
  id: 'canvas/crossing-not-served',
  file: BA,
  severity: 'warning',
  basis: 'consistency',
  source: '§3',
  check({ ws, plan, msg }) {
    return ws.businessArchitecture.cells.flatMap((cell, i): RawFinding[] => {
      const fn = plan.business.functionById.get(cell.function);
      if (!fn || fn.goals.includes(cell.goal)) return [];
      return [{ path: ['cells', i, 'goal'], message: msg('check.canvas.crossingNotServed', { fn: cell.function, goal: cell.goal }), hint: msg('check.canvas.crossingNotServed.hint', { fn: cell.function, goal: cell.goal }) }];
    });
  },
};

/** Every goal needs business, operations and data functions (§14.4 suggestion: warn, not error). */
export const goalCategories: Rule = {
  id: 'canvas/goal-categories',
  file: BA,
  severity: 'warning',
  basis: 'heuristic',
  source: '§3, §14.4',
  check({ ws, plan, msg, label, list }) {
    return ws.businessArchitecture.goals.flatMap((goal, i): RawFinding[] => {
      const present = plan.business.categoriesByGoal.get(goal.id) ?? new Set();
      // A goal with no function at all is canvas/goal-has-functions' business.
      if (present.size === 0) return [];
      const missing = GOAL_CATEGORIES.filter((c) => !present.has(c));
      if (missing.length === 0) return [];
      return [{ path: ['goals', i], message: msg('check.canvas.goalCategories', { goal: goal.name, missing: list(missing.map((c) => label('function_category', c))) }), hint: msg('check.canvas.goalCategories.hint') }];
    });
  },
};

/** A role with no stated responsibility: nobody knows what it is accountable for. */
export const roleResponsibility: Rule = {
  id: 'canvas/role-responsibility',
  file: BA,
  severity: 'warning',
  basis: 'heuristic',
  source: '§3',
  check({ ws, msg }) {
    return ws.businessArchitecture.roles.flatMap((role, i): RawFinding[] =>
      role.responsibility?.trim()
        ? []
        : [{ path: ['roles', i], message: msg('check.canvas.roleResponsibility', { role: role.name, id: role.id }), hint: msg('check.canvas.roleResponsibility.hint') }],
    );
  },
};

/** A role that acts in no crossing: it has no part in any function. */
export const roleUnused: Rule = {
  id: 'canvas/role-unused',
  file: BA,
  severity: 'warning',
  basis: 'consistency',
  source: '§3',
  check({ ws, plan, msg }) {
    return ws.businessArchitecture.roles.flatMap((role, i): RawFinding[] =>
      plan.business.actingRoles.has(role.id) ? [] : [{ path: ['roles', i, 'id'], message: msg('check.canvas.roleUnused', { role: role.name, id: role.id }), hint: msg('check.canvas.roleUnused.hint') }],
    );
  },
};

/** The canvas rules. */
export const canvasRules: readonly Rule[] = [
  goalHasFunctions,
  functionServesGoal,
  crossingRoles,
  crossingMissing,
  crossingNotServed,
  goalCategories,
  roleResponsibility,
  roleUnused,
];
