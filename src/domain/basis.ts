// Where a rule, gate or recommendation comes from: the method itself, or dxplan's own judgement.

/** `methodology`: the seed texts say so (methodology.md §1-13, §14.4 [SEED]); `heuristic`: dxplan's own rule of thumb or bookkeeping. */
export type Basis = 'methodology' | 'heuristic';

/** The two bases, for schemas and documentation tables. */
export const BASES = ['methodology', 'heuristic'] as const satisfies readonly Basis[];
