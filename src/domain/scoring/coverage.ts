// Canvas coverage: the share of goals with business, operations and data functions (methodology §3).
import type { Scores } from '../check-report.js';
import type { BusinessArchitecture } from '../schemas/business-architecture.js';
import type { FunctionCategory } from '../enums.js';
import { categoriesOfGoals } from '../rules/workspace-index.js';
import { round2 } from './round.js';

/** Counts goals by the function categories that serve them. */
export function scoreCoverage(ba: BusinessArchitecture, categories: Map<string, Set<FunctionCategory>> = categoriesOfGoals(ba)): Scores['coverage'] {
  // A precomputed map, not a scan of every function per goal (quadratic at 10,000 goals).
  const has = (goal: string, category: FunctionCategory) => categories.get(goal)?.has(category) ?? false;
  let withBusiness = 0;
  let withOperations = 0;
  let withData = 0;
  let complete = 0;
  for (const goal of ba.goals) {
    const b = has(goal.id, 'business');
    const o = has(goal.id, 'operations');
    const d = has(goal.id, 'data');
    withBusiness += Number(b);
    withOperations += Number(o);
    withData += Number(d);
    complete += Number(b && o && d);
  }
  const goals = ba.goals.length;
  return { goals, complete, withBusiness, withOperations, withData, share: goals === 0 ? 0 : round2(complete / goals) };
}
