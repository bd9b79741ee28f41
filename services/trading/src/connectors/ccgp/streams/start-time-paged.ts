import { decodeText, type RawPage, type Stream } from '@keyfield/sync';
import { timedStream } from '../../shared/timed-stream';
import { noticesOf, type CcgpClient } from '../client';
import type { CcgpNoticeWire } from '../wire-types';

/** Cursor of `/ccgp/notices`: the largest `updateTime` committed, epoch ms as the site counts. */
export interface StartTimeState {
  startTime: number;
}

const EPOCH_MS = /^\d{12,13}$/u;

/** `updateTime` in epoch ms, sent as a number or a string of digits; undefined otherwise. */
export function updateTimeMs(notice: CcgpNoticeWire): number | undefined {
  const text = String(notice.updateTime ?? '').trim();
  return EPOCH_MS.test(text) ? Number(text) : undefined;
}

/**
 * The notices of `/ccgp/notices` that `keep` selects (one notice type family per source), walked by
 * `startTime` (inclusive on `updateTime`). An updated notice comes again under the same `noticeId`.
 */
export function startTimeStream(client: CcgpClient, pageSize: number, lookBackSeconds: number, keep: (notice: CcgpNoticeWire) => boolean): Stream<CcgpNoticeWire, StartTimeState> {
  return timedStream<CcgpNoticeWire, CcgpNoticeWire, StartTimeState>({
    list: { pageSize, fetch: (fromMs, page) => client.notices(fromMs, page, pageSize), changedAtMs: updateTimeMs },
    cursor: { of: (ms) => ({ startTime: ms }), ms: (state) => (Number.isSafeInteger(state.startTime) ? state.startTime : undefined) },
    pick: (notice) => (keep(notice) ? notice : undefined),
    decodeRows: (raw: RawPage) => noticesOf(decodeText(raw.bytes, null, raw.encoding).text),
    lookBackSeconds,
  });
}
