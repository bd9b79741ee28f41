import { LONG_TERM_WORDS } from './long-term';
import { cleanDateInput, readDate } from './read-date';
import type { DateInput } from './read-date';
import type { DateParseFailure } from './parse-date';
import { SHANGHAI_OFFSET } from './shanghai';
import { formatWallDate, formatWallTime } from './wall-clock';

/** A point in time on the Shanghai clock, read from a published value. */
export interface ParsedDateTime {
  ok: true;
  /** ISO 8601 with the explicit offset: `2026-03-13T09:00:00+08:00` (`.SSS` only when non-zero). */
  dateTime: string;
  /** `YYYY-MM-DD`, the Shanghai calendar day. */
  date: string;
  /** False when the value was a date only and `dateTime` is its midnight. */
  hasTime: boolean;
}

/** What `parseDateTime` returns for a present value. */
export type DateTimeParseResult = ParsedDateTime | DateParseFailure;

/**
 * Parses a published date or date-time to an ISO string at +08:00 (Asia/Shanghai, see shanghai.ts
 * for why a fixed offset is right). Epoch milliseconds and zoned ISO input are converted to
 * Shanghai time; zone-less text is taken as Shanghai local time; 上午/下午 are honoured.
 * Returns null when there is no value. A long-term word (长期) is a failure: it is no instant.
 */
export function parseDateTime(raw: DateInput): DateTimeParseResult | null {
  const text = cleanDateInput(raw);
  if (text === '') return null;
  if (LONG_TERM_WORDS.includes(text)) {
    return { ok: false, reason: '长期 不是时刻 — a long-term marker is not a point in time; use parseDate' };
  }
  const read = readDate(text);
  if (!read.ok) return read;
  const date = formatWallDate(read.clock);
  return { ok: true, dateTime: `${date}T${formatWallTime(read.clock)}${SHANGHAI_OFFSET}`, date, hasTime: read.hasTime };
}
