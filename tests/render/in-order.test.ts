// mapInOrder writes a build's files a few at a time: results, and the failure reported, must come
// out in the input's order, as when the files were written one by one.
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/render/in-order.js';

const later = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('mapInOrder', () => {
  it('returns results in input order, with at most `limit` running at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapInOrder(
      Array.from({ length: 40 }, (_, i) => i),
      async (n) => {
        running++;
        most = Math.max(most, running);
        await later((n * 7) % 5);
        running--;
        return n * 2;
      },
      4,
    );
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
    expect(most).toBe(4);
  });

  it('reports the first failure in input order, even when a later item failed sooner', async () => {
    const failing = mapInOrder([0, 1, 2, 3], async (n) => {
      await later(n === 1 ? 30 : 1);
      if (n === 1 || n === 3) throw new Error(`item ${n}`);
      return n;
    });
    await expect(failing).rejects.toThrow('item 1');
  });

  it('handles no items', async () => {
    expect(await mapInOrder([], async () => 1)).toEqual([]);
  });
});
