/**
 * Iterates `source` one item ahead: while the consumer works on an item (commits a batch), the next
 * one is already being produced (fetched). On early exit the source is closed.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const next = (): Promise<IteratorResult<T>> => {
    const pending = iterator.next();
    // Handled here so a failure while the consumer is busy is not "unhandled"; it is re-thrown below.
    pending.catch(() => undefined);
    return pending;
  };
  let pending = next();
  try {
    for (;;) {
      const result = await pending;
      if (result.done) return;
      pending = next();
      yield result.value;
    }
  } finally {
    await iterator.return?.(undefined);
  }
}

/**
 * Groups consecutive items until their weight reaches `maxWeight` (an item never waits for a
 * partner). Once `signal` aborts it stops pulling items, so an aborted run fetches no more pages.
 */
export async function* grouped<T>(source: AsyncIterable<T>, weight: (item: T) => number, maxWeight: number, signal?: AbortSignal): AsyncGenerator<T[]> {
  let group: T[] = [];
  let total = 0;
  for await (const item of source) {
    if (signal?.aborted) return;
    group.push(item);
    total += weight(item);
    if (total >= maxWeight) {
      yield group;
      group = [];
      total = 0;
    }
  }
  if (group.length > 0) yield group;
}
