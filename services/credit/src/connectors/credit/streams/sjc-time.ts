import { isValidCalendarDate } from '@keyfield/core';

/** `SJC` — the credit platform's change time, `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai. */
const SJC = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const SHANGHAI_MS = 8 * 3600 * 1000;

// Shanghai has no DST: the wall clock is UTC+8 all year, so arithmetic on it can be done in UTC.
function wallClockMs(m: RegExpExecArray): number {
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

function format(ms: number): string {
  const d = new Date(Math.max(ms, 0));
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** Clock skew tolerated between the upstream and here. Less than the look-back window. */
const SKEW_MS = 5 * 60 * 1000;

/**
 * Whether `text` may move a cursor: a real calendar time, not ahead of `nowMs` by more than clock
 * skew. A malformed or future SJC would otherwise carry the cursor past rows committed later.
 */
export function isCursorSjc(text: string, nowMs: number): boolean {
  const m = SJC.exec(text);
  if (!m || !isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return false;
  return wallClockMs(m) <= nowMs + SHANGHAI_MS + SKEW_MS;
}

/** The SJC `seconds` before `sjc` (for the look-back window); unchanged if `sjc` is malformed. */
export function sjcMinus(sjc: string, seconds: number): string {
  const m = SJC.exec(sjc);
  return m ? format(wallClockMs(m) - seconds * 1000) : sjc;
}
