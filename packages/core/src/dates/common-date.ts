import type { ReadResult, WallClock } from './wall-clock';

const SEPARATORS = '-/.';

/** The number written by `length` ASCII digits at `start`, or -1 when one of them is not a digit. */
function digitsAt(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i += 1) {
    const digit = s.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function clockAt(s: string, withTime: boolean): WallClock | undefined {
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = withTime ? digitsAt(s, 11, 2) : 0;
  const minute = withTime ? digitsAt(s, 14, 2) : 0;
  const second = withTime ? digitsAt(s, 17, 2) : 0;
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  return { year, month, day, hour, minute, second, millisecond: 0 };
}

/**
 * Reads the fixed-width forms nearly every value arrives in, `2019/12/20`, `2019-12-20`, `2019.12.20`
 * and `2026-01-06 04:20:01` (any of the three separators), without regular expressions: the same
 * wall clock `readTextDate` gives them, range unchecked. Undefined for any other text.
 */
export function readCommonDate(s: string): ReadResult | undefined {
  const withTime = s.length === 19;
  if (s.length !== 10 && !withTime) return undefined;
  const separator = s.charAt(4);
  if (!SEPARATORS.includes(separator) || s.charAt(7) !== separator) return undefined;
  if (withTime && (s.charAt(10) !== ' ' || s.charAt(13) !== ':' || s.charAt(16) !== ':')) return undefined;
  const clock = clockAt(s, withTime);
  return clock === undefined ? undefined : { ok: true, clock, hasTime: withTime };
}
