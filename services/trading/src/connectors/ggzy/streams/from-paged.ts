import { decodeText, type RawPage, type Stream } from '@keyfield/sync';
import { timedStream } from '../../shared/timed-stream';
import { GGZY_PAGE_SIZE, type GgzyClient } from '../client';
import { parseGgzyPage } from '../parse-page';
import type { GgzyElement, GgzyRecordTypes, GgzyRow } from '../wire-types';
import { compactToMs, msToCompact } from './data-timestamp';

/** Cursor of a `/ggzy` list: the largest `DATA_TIMESTAMP` committed, as the site writes it. */
export interface FromState {
  from: string;
}

/**
 * The records of one element of a `/ggzy` list (`from`-paged XML, 50 a page). The list mixes
 * elements; every source of the list walks it whole and converts its own element only.
 */
export function fromPagedStream<E extends GgzyElement>(client: GgzyClient, path: string, element: E, lookBackSeconds: number): Stream<GgzyRecordTypes[E], FromState> {
  return timedStream<GgzyRow, GgzyRecordTypes[E], FromState>({
    list: {
      pageSize: GGZY_PAGE_SIZE,
      fetch: (fromMs, page) => client.page(path, msToCompact(fromMs), page),
      changedAtMs: (row) => compactToMs(typeof row.record.DATA_TIMESTAMP === 'string' ? row.record.DATA_TIMESTAMP.trim() : null),
    },
    cursor: { of: (ms) => ({ from: msToCompact(ms) }), ms: (state) => compactToMs(state.from) },
    pick: (row) => (row.element === element ? (row.record as GgzyRecordTypes[E]) : undefined),
    decodeRows: (raw: RawPage) => {
      const parsed = parseGgzyPage(decodeText(raw.bytes, null, raw.encoding).text);
      return parsed.ok ? parsed.rows : [];
    },
    lookBackSeconds,
  });
}
