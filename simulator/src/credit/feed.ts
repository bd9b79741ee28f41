import type { Rng } from '../random/rng';
import type { ChangeLog } from '../stream/change-log';
import type { RowRef } from '../stream/row-ref';
import type { WireRow } from './wire-row';

/** The five JSON feeds of the credit platform, by their path. */
export const CREDIT_FEEDS = {
  xzcf: '/credit/sgs/xzcf',
  xyxf: '/credit/sgs/xyxf',
  qyxx: '/credit/qyxx',
  sxbzxr: '/credit/sxbzxr',
  jyyc: '/credit/jyyc',
} as const;

export type CreditFeedName = keyof typeof CREDIT_FEEDS;

/** One paged JSON feed: its records (a change log) and how a record version renders on the wire. */
export interface Feed {
  readonly name: CreditFeedName;
  readonly log: ChangeLog;
  /** The wire row of one record version; a pure function of the seed and the ref. */
  row(ref: RowRef): WireRow;
  /** Adds a new record first published at `sjc` (advances, and the insert-while-paging fault). */
  insertAt(sjc: number, rng: Rng): RowRef;
}
