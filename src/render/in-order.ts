// Runs file operations a few at a time, for builds that write thousands of files: each write
// waits on the disk (an fsync), and waiting for them one by one left the process idle for most
// of a 10,000-goal build. Results and the error reported come out in the input's order, so a
// failure names the same file it would have one at a time.

/** Files worked on at once. */
export const FILES_AT_ONCE = 16;

/** `fn` over `items`, at most `limit` at a time; the results in order, or the first failure in order. */
export async function mapInOrder<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>, limit = FILES_AT_ONCE): Promise<R[]> {
  const settled: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        settled[i] = { status: 'fulfilled', value: await fn(items[i]!, i) };
      } catch (reason) {
        settled[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return settled.map((s) => {
    if (s.status === 'rejected') throw s.reason;
    return s.value;
  });
}
