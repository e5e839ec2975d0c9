// Scope rules: the "big and complete" first phase and moving everything at once (§2, §12, §14.4).
import { BA } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** Thresholds of the big-and-complete warning when dxplan.yaml sets none. */
export const DEFAULT_LIMITS = { first_phase_goals: 5, first_phase_functions: 20 } as const;

/** A first phase holding more goals or functions than the workspace's limits. */
export const bigAndComplete: Rule = {
  id: 'scope/big-and-complete',
  file: BA,
  severity: 'warning',
  basis: 'heuristic',
  source: '§2, §12, §14.4',
  check({ ws, plan, msg }) {
    const limits = { ...DEFAULT_LIMITS, ...ws.manifest.limits };
    const out: RawFinding[] = [];
    const goals = plan.business.firstPhaseGoals.length;
    const functions = plan.business.firstPhaseFunctions.length;
    if (goals > limits.first_phase_goals) {
      out.push({ path: ['goals'], message: msg('check.scope.bigGoals', { count: goals, limit: limits.first_phase_goals }), hint: msg('check.scope.big.hint', { key: 'limits.first_phase_goals' }) });
    }
    if (functions > limits.first_phase_functions) {
      out.push({ path: ['functions'], message: msg('check.scope.bigFunctions', { count: functions, limit: limits.first_phase_functions }), hint: msg('check.scope.big.hint', { key: 'limits.first_phase_functions' }) });
    }
    return out;
  },
};

/** Smallest number of goals from which "all in phase 1" reads as moving everything at once. */
const ALL_AT_ONCE_MIN_GOALS = 3;

/** Every goal in the first phase: nothing is left for a second step (S1: do not move everything at once). */
export const allAtOnce: Rule = {
  id: 'scope/all-at-once',
  file: BA,
  severity: 'info',
  basis: 'heuristic',
  source: '§2, §12',
  check({ ws, msg }) {
    const goals = ws.businessArchitecture.goals;
    if (goals.length < ALL_AT_ONCE_MIN_GOALS || goals.some((g) => g.phase > 1)) return [];
    return [{ path: ['goals'], message: msg('check.scope.allAtOnce', { count: goals.length }), hint: msg('check.scope.allAtOnce.hint') }];
  },
};

/** The scope rules. */
export const scopeRules: readonly Rule[] = [bigAndComplete, allAtOnce];
