import { formatYmd, isValidCalendarDate, pad2 } from './calendar';

/** A local time in Asia/Shanghai, field by field, before it is checked or formatted. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** What a date reader makes of one value: a wall-clock time, or why there is none. */
export type ReadResult =
  | { ok: true; clock: WallClock; hasTime: boolean }
  | { ok: false; reason: string };

/** Midnight of a calendar day. */
export function midnight(year: number, month: number, day: number): WallClock {
  return { year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 };
}

/** Why a wall-clock time does not exist (2023-02-29, 25:00), or null when it does. */
export function wallClockProblem(c: WallClock): string | null {
  if (!isValidCalendarDate(c.year, c.month, c.day)) {
    return `不存在的日期 — no such date: ${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
  }
  const timeOk =
    Number.isInteger(c.hour) && c.hour >= 0 && c.hour <= 23 &&
    Number.isInteger(c.minute) && c.minute >= 0 && c.minute <= 59 &&
    Number.isInteger(c.second) && c.second >= 0 && c.second <= 59 &&
    Number.isInteger(c.millisecond) && c.millisecond >= 0 && c.millisecond <= 999;
  return timeOk ? null : `不存在的时刻 — no such time: ${c.hour}:${pad2(c.minute)}:${pad2(c.second)}`;
}

/** `YYYY-MM-DD` of a wall-clock time. */
export function formatWallDate(c: WallClock): string {
  return formatYmd(c.year, c.month, c.day);
}

/** `HH:mm:ss`, with `.SSS` only when the milliseconds are not zero. */
export function formatWallTime(c: WallClock): string {
  const ms = c.millisecond === 0 ? '' : `.${String(c.millisecond).padStart(3, '0')}`;
  return `${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)}${ms}`;
}
