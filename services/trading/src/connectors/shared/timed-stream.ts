import { createHash } from 'node:crypto';
import type { Batch, Decoded, RawPage, Stream } from '@keyfield/sync';
import type { TimedList, TimedPage } from './timed-page';

/** How a source's cursor state is written and read: epoch ms inside, the upstream's form outside. */
export interface CursorCodec<S> {
  of(ms: number): S;
  /** Undefined for a state that cannot be read (then the source starts over). */
  ms(state: S): number | undefined;
}

export interface TimedStreamOptions<R, W, S> {
  list: TimedList<R>;
  cursor: CursorCodec<S>;
  /** The wire record this source converts, or undefined for rows of another kind on the same list. */
  pick(row: R): W | undefined;
  /** Every row archived bytes hold (replay). */
  decodeRows(raw: RawPage): R[];
  /** Re-read this many seconds before the stored cursor at the start of a run. */
  lookBackSeconds: number;
  /** The clock in epoch ms (tests move it). */
  now?: () => number;
}

/** Clock skew tolerated between the upstream and here; a row further ahead never moves a cursor. */
const SKEW_MS = 5 * 60 * 1000;

const digest = (row: unknown): string => createHash('sha1').update(JSON.stringify(row)).digest('base64');

/**
 * Walks the list from `fromMs`: each request restarts at the largest change time of the page
 * before (page 1), so rows that appear or move while paging cannot push a later row out of reach;
 * the page number advances only inside a run of equal times longer than a page.
 */
async function* walk<R>(list: TimedList<R>, fromMs: number, nowMs: number, seen: Set<string>): AsyncGenerator<{ page: TimedPage<R>; cursorMs: number }> {
  let from = fromMs;
  let committed = fromMs;
  for (let pageNo = 1; ; ) {
    const page = await list.fetch(from, pageNo);
    let pageMax = from;
    for (const row of page.rows) {
      const at = list.changedAtMs(row);
      if (at !== undefined && at > pageMax && at <= nowMs + SKEW_MS) pageMax = at;
      seen.add(digest(row));
    }
    committed = Math.max(committed, pageMax);
    yield { page, cursorMs: committed };
    if (page.rows.length < list.pageSize) return;
    if (pageMax > from) [from, pageNo] = [pageMax, 1];
    else pageNo += 1;
  }
}

/**
 * One record kind of a time-paged list as a sync stream. A run starts `lookBackSeconds` before the
 * stored cursor; at the end it asks how many rows the upstream holds from that start and, when it
 * saw fewer distinct ones (rows committed behind the walk), walks once more. Rows of other kinds
 * count towards that check but are not this source's to convert.
 */
export function timedStream<R, W, S>(o: TimedStreamOptions<R, W, S>): Stream<W, S> {
  const picked = (rows: R[]): W[] => rows.flatMap((row) => {
    const record = o.pick(row);
    return record === undefined ? [] : [record];
  });
  async function* batches(fromMs: number, nowMs: number, seen: Set<string>): AsyncGenerator<Batch<W, S>> {
    for await (const { page, cursorMs } of walk(o.list, fromMs, nowMs, seen)) {
      yield { records: picked(page.rows), locator: page.url, fetchedAt: page.fetchedAt, raw: page.raw, stateAfter: o.cursor.of(cursorMs) };
    }
  }
  return {
    decode: (raw: RawPage): Decoded<W> => ({ records: picked(o.decodeRows(raw)) }),
    async *read(state): AsyncGenerator<Batch<W, S>> {
      const stored = state === undefined ? undefined : o.cursor.ms(state);
      const start = stored === undefined ? 0 : Math.max(0, stored - o.lookBackSeconds * 1000);
      const nowMs = (o.now ?? Date.now)();
      const seen = new Set<string>();
      yield* batches(start, nowMs, seen);
      const upstream = await o.list.fetch(start, 1);
      if (upstream.total > seen.size) yield* batches(start, nowMs, new Set<string>());
    },
  };
}
