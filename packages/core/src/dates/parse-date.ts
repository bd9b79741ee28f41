import { LONG_TERM_DATES, LONG_TERM_SENTINEL, LONG_TERM_WORDS } from './long-term';
import { cleanDateInput, readDate } from './read-date';
import type { DateInput } from './read-date';
import { formatWallDate } from './wall-clock';

/** A calendar day (Asia/Shanghai) read from a published value. */
export interface ParsedDate {
  ok: true;
  /** `YYYY-MM-DD`; the Shanghai day for epoch or zoned input. */
  date: string;
  /** The value means "long-term" (长期): a sentinel end date or a word such as 长期有效. */
  longTerm: boolean;
}

/** A value that is present but not a date, with why (bilingual, safe to show an analyst). */
export interface DateParseFailure {
  ok: false;
  reason: string;
}

/** What `parseDate` returns for a present value. */
export type DateParseResult = ParsedDate | DateParseFailure;

/** Per-source settings for `parseDate`. */
export interface ParseDateOptions {
  /** `YYYY-MM-DD` end dates that mean long-term; defaults to `LONG_TERM_DATES`. */
  longTermDates?: readonly string[];
}

/**
 * Parses a published date (any form of domains.md §0.4) to its calendar day, dropping any time.
 * Returns null when there is no value (null, undefined, empty or blank): missing is not invalid.
 * A long-term word (长期) yields the sentinel day 2099-12-31 with `longTerm: true`. Whether
 * `longTerm` matters is the caller's call: it only means something for a validity end.
 */
export function parseDate(raw: DateInput, options: ParseDateOptions = {}): DateParseResult | null {
  const text = cleanDateInput(raw);
  if (text === '') return null;
  if (LONG_TERM_WORDS.includes(text)) return { ok: true, date: LONG_TERM_SENTINEL, longTerm: true };
  const read = readDate(text);
  if (!read.ok) return read;
  const date = formatWallDate(read.clock);
  return { ok: true, date, longTerm: (options.longTermDates ?? LONG_TERM_DATES).includes(date) };
}
