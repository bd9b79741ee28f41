import type { RawPage } from '@keyfield/sync';

/** One page of a list ordered by change time, as a client returns it: rows of every kind the page holds. */
export interface TimedPage<R> {
  url: string;
  /** Records the upstream holds from the requested time on (all kinds). */
  total: number;
  rows: R[];
  fetchedAt: string;
  raw: RawPage;
}

/** A list paged from an inclusive change time, in ascending change time (`/ggzy`, `/ccgp`). */
export interface TimedList<R> {
  /** Rows in a full page: a shorter page is the last. */
  pageSize: number;
  /** The page `page` (from 1) of the rows changed at or after `fromMs` (epoch ms). */
  fetch(fromMs: number, page: number): Promise<TimedPage<R>>;
  /** A row's change time in epoch ms; undefined when it is missing or malformed. */
  changedAtMs(row: R): number | undefined;
}
