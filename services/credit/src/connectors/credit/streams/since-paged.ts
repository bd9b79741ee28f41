import type { Batch, Stream } from '@keyfield/sync';
import type { CreditClient } from '../client';

/** Cursor of a `since`-paged list: the largest SJC committed so far. */
export interface SinceState {
  since: string;
}

const BEGINNING = '1970-01-01 00:00:00';
const SJC = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/**
 * Pages a `since` list from the stored cursor. `since` is inclusive, so restarting at the largest
 * committed SJC fetches its ties again (they are unchanged rows) and loses none of them.
 */
export function sinceStream<R extends { SJC?: string | null }>(client: CreditClient, path: string, pageSize: number): Stream<R, SinceState> {
  return {
    async *read(state): AsyncGenerator<Batch<R, SinceState>> {
      const since = state?.since ?? BEGINNING;
      let max = since;
      for (let pageNo = 1; ; pageNo++) {
        const page = await client.page<R>(path, since, pageNo, pageSize);
        for (const row of page.rows) {
          const sjc = row.SJC ?? '';
          if (SJC.test(sjc) && sjc > max) max = sjc;
        }
        yield { records: page.rows, locator: page.url, fetchedAt: page.fetchedAt, raw: page.raw, stateAfter: { since: max } };
        if (page.rows.length < pageSize || pageNo * pageSize >= page.total) return;
      }
    },
  };
}
