// Where a rule, gate or recommendation comes from: the method itself, dxplan's own judgement, or
// the plan agreeing with itself. The methodology guide (docs/methodology/) names the same three.

/**
 * `methodology`: the seed texts say so (methodology.md §1-13, §14.4 [SEED]); `heuristic`: dxplan's
 * own judgement or threshold, drawn from the method but not stated in it; `consistency`: the plan
 * must agree with itself (and dxplan.yaml with dxplan).
 */
export type Basis = 'methodology' | 'heuristic' | 'consistency';

