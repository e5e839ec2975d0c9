// Recommendations: rules over the plan model that give advice, each tied to the facet or rule that
// raised it. The one list to add a recommendation to.
import type { PlanModel } from '../model/index.js';
import type { Finding } from '../problem.js';
import { assessmentAdvice } from './assessment-advice.js';
import { nextRoadmapStep } from './next-roadmap-step.js';
import { systemChoiceAdvice } from './system-choice.js';
import type { Advice, Recommender } from './types.js';

export type { Advice, AdviceContext, Recommender } from './types.js';

/** Every recommender, in the order its advice is listed: the model's facets, then systems, then the roadmap. */
export const RECOMMENDERS: readonly Recommender[] = [assessmentAdvice, systemChoiceAdvice, nextRoadmapStep];

/** Every recommendation for the plan, given the findings of the same run. */
export function recommend(plan: PlanModel, findings: readonly Finding[]): Advice[] {
  const advice = RECOMMENDERS.flatMap((r) => r.advise({ plan, findings }));
  // Advice about a facet stays with the facet's own, in model order; the rest follows.
  const position = (a: Advice) => {
    const i = plan.ws.model.facets.findIndex((f) => f.id === a.facet);
    return i < 0 ? plan.ws.model.facets.length : i;
  };
  return advice.map((a, i) => ({ a, i })).sort((x, y) => position(x.a) - position(y.a) || x.i - y.i).map(({ a }) => a);
}
