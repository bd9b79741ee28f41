import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Items handled between two turns of the event loop: about a millisecond of converting. While Node
 * converts the next group, the commit in flight waits for each answer of Postgres to be read; the
 * shorter the slice, the sooner it sends its next statement.
 */
export const SLICE_ITEMS = 20;

/** Runs `work` on every item in order, giving the event loop a turn after every `SLICE_ITEMS`. */
export async function inSlices<T>(items: readonly T[], work: (item: T, index: number) => void): Promise<void> {
  for (let start = 0; start < items.length; start += SLICE_ITEMS) {
    if (start > 0) await nextTurn();
    const end = Math.min(start + SLICE_ITEMS, items.length);
    for (let i = start; i < end; i += 1) work(items[i] as T, i);
  }
}
