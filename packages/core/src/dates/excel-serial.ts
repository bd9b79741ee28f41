import { shanghaiWallClock } from './shanghai';
import type { ReadResult } from './wall-clock';

const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 date system, counted as if 1900-02-29 existed (serial 60). */
const EPOCH_BEFORE_BUG_MS = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_BUG_MS = Date.UTC(1899, 11, 30);
const FICTIONAL_LEAP_DAY = 60;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/**
 * Excel serial date (1900 date system, 电子表格日期序列号) to a wall-clock time. Excel inherited
 * Lotus 1-2-3's belief that 1900 was a leap year, so serial 60 is a day that never existed and
 * every later serial is one day ahead of a plain day count. The fraction is the time of day,
 * rounded to the second. Serials carry no zone: the result is read as Shanghai local time.
 */
export function excelSerialToWallClock(serial: number): ReadResult {
  if (!Number.isFinite(serial) || serial < 1) return { ok: false, reason: `Excel 序列号无效 — bad Excel serial ${serial}` };
  const days = Math.floor(serial);
  if (days === FICTIONAL_LEAP_DAY) return { ok: false, reason: '1900-02-29 不存在 — Excel serial 60 is the fictional 1900-02-29' };
  const base = days < FICTIONAL_LEAP_DAY ? EPOCH_BEFORE_BUG_MS : EPOCH_AFTER_BUG_MS;
  const timeMs = Math.round((serial - days) * 86_400) * 1000;
  // Build the instant as if UTC, then undo the shift shanghaiWallClock applies.
  const clock = shanghaiWallClock(base + days * DAY_MS + timeMs - SHANGHAI_OFFSET_MS);
  if (clock === null) return { ok: false, reason: `Excel 序列号超出范围 — Excel serial ${serial} out of range` };
  return { ok: true, clock, hasTime: timeMs !== 0 };
}
