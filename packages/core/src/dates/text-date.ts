import { arabiciseChineseDate } from './chinese-numeral-date';
import { epochMsAtOffset, shanghaiWallClock } from './shanghai';
import { parseTimeOfDay } from './time-of-day';
import { midnight, wallClockProblem } from './wall-clock';
import type { ReadResult, WallClock } from './wall-clock';

/** `2019/12/20`, `2019-12-20`, `2019.12.20` (one separator throughout), then an optional time. */
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[\sT上下中早晚凌清傍夜])T?(.*)$/;
/** `2019年12月20日` / `2019年12月20号`, then an optional time. */
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](.*)$/;
const SHANGHAI_OFFSET_MINUTES = 480;

function splitDate(text: string): { date: WallClock; rest: string } | null {
  const sep = SEPARATED.exec(text);
  if (sep) return { date: midnight(Number(sep[1]), Number(sep[3]), Number(sep[4])), rest: sep[5] ?? '' };
  const cn = CHINESE.exec(text);
  if (cn) return { date: midnight(Number(cn[1]), Number(cn[2]), Number(cn[3])), rest: cn[4] ?? '' };
  return null;
}

function withTime(date: WallClock, rest: string): ReadResult {
  if (rest.trim() === '') return { ok: true, clock: date, hasTime: false };
  const parsed = parseTimeOfDay(rest);
  if (!parsed.ok) return parsed;
  const { offsetMinutes, ...time } = parsed.time;
  const clock: WallClock = { ...date, ...time };
  if (offsetMinutes === null || offsetMinutes === SHANGHAI_OFFSET_MINUTES) return { ok: true, clock, hasTime: true };
  const problem = wallClockProblem(clock);
  if (problem !== null) return { ok: false, reason: problem };
  // An explicit other offset (…Z): the same instant, re-read on the Shanghai clock.
  const shifted = shanghaiWallClock(epochMsAtOffset(clock, offsetMinutes));
  return shifted === null ? { ok: false, reason: '超出范围 — instant out of range' } : { ok: true, clock: shifted, hasTime: true };
}

/**
 * Reads a written date, optionally followed by a time: `2019/12/20`, `2019-12-20`, `2019.12.20`,
 * `2019年12月20日`, `二〇一九年十二月二十日`, `2026年3月13日上午9:00`, `2026-03-13 09:00:00`,
 * `2026-03-13T01:00:00Z`. Undefined when the text does not start like a date.
 */
export function readTextDate(s: string): ReadResult | undefined {
  const split = splitDate(arabiciseChineseDate(s));
  return split === null ? undefined : withTime(split.date, split.rest);
}
