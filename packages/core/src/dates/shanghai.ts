import type { WallClock } from './wall-clock';

/**
 * Asia/Shanghai as a fixed UTC+08:00. China has kept one offset with no daylight saving since
 * 1991, and every record in scope is later than that, so no time-zone database is needed.
 */
export const SHANGHAI_OFFSET = '+08:00';
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const MAX_EPOCH_MS = 8.64e15;

/** Shanghai wall clock of an instant, or null outside the years 1–9999. */
export function shanghaiWallClock(epochMs: number): WallClock | null {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_EPOCH_MS - SHANGHAI_OFFSET_MS) return null;
  const t = new Date(epochMs + SHANGHAI_OFFSET_MS);
  const year = t.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return {
    year,
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
    millisecond: t.getUTCMilliseconds(),
  };
}

/** Epoch milliseconds of a wall-clock time read at a given UTC offset (minutes east of UTC). */
export function epochMsAtOffset(c: WallClock, offsetMinutes: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(c.year, c.month - 1, c.day);
  utc.setUTCHours(c.hour, c.minute, c.second, c.millisecond);
  return utc.getTime() - offsetMinutes * 60 * 1000;
}

/** The Shanghai calendar date (`YYYY-MM-DD`) of an instant: the day publicity windows are judged on. */
export function shanghaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
