// Canvas coverage: the share of goals with business, operations and data functions (methodology §3).
import type { Scores } from '../check-report.js';
import type { BusinessArchitecture } from '../schemas/business-architecture.js';
import { round2 } from './round.js';

/** Counts goals by the function categories that serve them. */
export function scoreCoverage(ba: BusinessArchitecture): Scores['coverage'] {
  // Indexed once: scanning every function for every goal was quadratic in the canvas size.
  const categoriesOfGoal = new Map<string, Set<string>>();
  for (const f of ba.functions) {
    for (const g of f.goals) {
      const set = categoriesOfGoal.get(g);
      if (set) set.add(f.category);
      else categoriesOfGoal.set(g, new Set([f.category]));
    }
  }
  const has = (goal: string, category: string) => categoriesOfGoal.get(goal)?.has(category) ?? false;
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
