// The interview suggests the same best north star as `dxplan check`, weights included.
import { describe, expect, it } from 'vitest';
import { scoreNorthStar } from '../../src/domain/scoring/north-star.js';
import { rankCandidates } from '../../src/interview/flows/north-star.js';

const data = {
  candidates: [
    { id: 'revenue', name: 'Revenue', scores: { direct_value: 2, indirect_value: 0, connects_resources: 0, cumulative: 0 } },
    { id: 'experts', name: 'Active experts', scores: { direct_value: 0, indirect_value: 1, connects_resources: 2, cumulative: 1 } },
    { id: 'partial', name: 'Not scored yet' },
  ],
};

describe('rankCandidates', () => {
  it('ranks by plain totals without weights', () => {
    expect(rankCandidates(data).map((c) => [c.id, c.weighted, c.max])).toEqual([
      ['experts', 4, 8],
      ['revenue', 2, 8],
      ['partial', 0, 8],
    ]);
  });

  it('uses the workspace weights, agreeing with check', () => {
    const weights = { direct_value: 4 };
    const ranked = rankCandidates(data, weights);
    expect(ranked[0]!.id).toBe('revenue');
    expect(ranked[0]!.max).toBe(14);
    const complete = { candidates: data.candidates.slice(0, 2) as never };
    expect(scoreNorthStar(complete, weights).best).toBe(ranked[0]!.id);
  });
});
