import { decodeText, type Batch, type Decoded, type RawPage, type Stream } from '@keyfield/sync';
import type { CreditClient, CreditPage } from '../client';
import { createHash } from 'node:crypto';
import { isCursorSjc, sjcMinus } from './sjc-time';

/** Cursor of a `since`-paged list: the largest SJC committed so far. */
export interface SinceState {
  since: string;
}

export interface SinceStreamOptions<R> {
  pageSize: number;
  /** Re-read this many seconds before the stored cursor at the start of a run (late-committed rows). */
  lookBackSeconds: number;
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
}

const BEGINNING = '1970-01-01 00:00:00';

// A record re-read on a later page is the same bytes; two different records never share a digest,
// even when a malformed pair shares its key fields. So distinct digests count distinct records.
const recordDigest = (record: unknown): string => createHash('sha1').update(JSON.stringify(record)).digest('base64');

type Fetch<R> = (since: string, pageNo: number) => Promise<CreditPage<R>>;

/**
 * Walks `since` forward page by page. Each request restarts at the largest SJC of the page before
 * (page 1), so rows that move or appear while paging cannot shift a later row out of reach, as
 * offset paging would; `pageNo` advances only inside a group of equal SJC larger than a page.
 */
async function* walk<R extends { SJC?: string | null }>(fetch: Fetch<R>, from: string, o: SinceStreamOptions<R>, seen: Set<string>): AsyncGenerator<Batch<R, SinceState>> {
  let since = from;
  let committed = from;
  const now = (o.now ?? Date.now)();
  for (let pageNo = 1; ; ) {
    const page = await fetch(since, pageNo);
    let pageMax = since;
    for (const row of page.rows) {
      const sjc = row.SJC ?? '';
      if (sjc > pageMax && isCursorSjc(sjc, now)) pageMax = sjc;
      seen.add(recordDigest(row));
    }
    if (pageMax > committed) committed = pageMax;
    yield { records: page.rows, locator: page.url, fetchedAt: page.fetchedAt, raw: page.raw, stateAfter: { since: committed } };
    if (page.rows.length < o.pageSize) return;
    if (pageMax > since) {
      since = pageMax;
      pageNo = 1;
    } else {
      pageNo += 1;
    }
  }
}

/**
 * A `since`-paged list (feeds.md: `since` inclusive on SJC). A run starts `lookBackSeconds` before
 * the stored cursor; when it reaches the end it asks how many records the upstream has from that
 * start, and if it saw fewer distinct ones (rows committed behind the walk), walks once more.
 * Every re-read row is unchanged and costs nothing but the read.
 */
export function sinceStream<R extends { SJC?: string | null }>(client: CreditClient, path: string, options: SinceStreamOptions<R>): Stream<R, SinceState> {
  const fetch: Fetch<R> = (since, pageNo) => client.page<R>(path, since, pageNo, options.pageSize);
  return {
    decode: (raw: RawPage): Decoded<R> => ({ records: (JSON.parse(decodeText(raw.bytes, null, raw.encoding).text) as { rows?: R[] }).rows ?? [] }),
    async *read(state): AsyncGenerator<Batch<R, SinceState>> {
      const start = state ? sjcMinus(state.since, options.lookBackSeconds) : BEGINNING;
      const seen = new Set<string>();
      yield* walk(fetch, start, options, seen);
      const upstream = await client.page<R>(path, start, 1, 1);
      if (upstream.total > seen.size) yield* walk(fetch, start, options, new Set<string>());
    },
  };
}
