/** Group commits for the SQLite outbox: calls made within one tick share one transaction. */

/**
 * Collects calls made within one tick and runs them in one transaction at `setImmediate`; each
 * call resolves after the commit. When the batch fails, each item is retried on its own, so one
 * bad row does not fail its neighbours. `onCommit` hears the size of every transaction that committed.
 */
export function tickBatcher<T, R>(runBatch: (items: T[]) => R[], runOne: (item: T) => R, onCommit?: (items: number) => void) {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    try {
      const results = runBatch(batch.map((p) => p.item));
      onCommit?.(batch.length);
      batch.forEach((p, i) => p.resolve(results[i]!));
    } catch {
      for (const p of batch) {
        try {
          const result = runOne(p.item);
          onCommit?.(1);
          p.resolve(result);
        } catch (err) {
          p.reject(err);
        }
      }
    }
  };
  return {
    add: (item: T) =>
      new Promise<R>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ item, resolve, reject });
      }),
    flush,
  };
}
