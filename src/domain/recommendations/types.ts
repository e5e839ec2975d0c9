// The shape of a recommendation and of the rule over the plan model that gives it.
import type { Basis } from '../basis.js';
import type { Text } from '../message.js';
import type { PlanModel } from '../model/index.js';
import type { Finding } from '../problem.js';

/** One piece of advice: what to say (not yet in a language), what raised it, and what it is about. */
export interface Advice {
  id: string;
  text: Text;
  /** What raised it: a facet id of the assessment model, and/or a rule id. */
  facet?: string;
  rule?: string;
  /** The roadmap sub-step it advises taking next. */
  step?: string;
  /** Ids of the systems it is about. */
  systems?: string[];
  /** Anchor of the methodology guide's section that explains it (`system-choice`). */
  guide: string;
}

/** What a recommendation reads: the plan model and the findings of the same run. */
export interface AdviceContext {
  plan: PlanModel;
  findings: readonly Finding[];
}

/**
 * A rule over the plan model that gives advice. Each one fires on a stated condition of the plan,
 * is silent when the plan already does what it would advise, and never proposes what a finding of
 * the same run warns against.
 */
export interface Recommender {
  /** Id of the advice it gives; `<facet>/<advice>` for the assessment model's own. */
  id: string;
  basis: Basis;
  /** Section of methodology.md it traces back to. */
  source: string;
  /** Anchor of the methodology guide's section that explains it; an advice may name a closer one. */
  guide: string;
  advise(ctx: AdviceContext): Advice[];
}
