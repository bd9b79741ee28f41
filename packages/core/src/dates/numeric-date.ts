import { excelSerialToWallClock } from './excel-serial';
import { shanghaiWallClock } from './shanghai';
import type { ReadResult, WallClock } from './wall-clock';

const EXCEL_SERIAL = /^\d{5}(\.\d+)?$/;
const EPOCH_MS = /^\d{12,13}$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_DATE_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

function compact(m: RegExpExecArray, hasTime: boolean): ReadResult {
  const n = (i: number): number => Number(m[i] ?? 0);
  const clock: WallClock = { year: n(1), month: n(2), day: n(3), hour: n(4), minute: n(5), second: n(6), millisecond: 0 };
  return { ok: true, clock, hasTime };
}

/**
 * Reads a value made only of digits, by its length: 5 (optionally with a fraction) an Excel
 * serial, 8 `YYYYMMDD`, 12–13 epoch milliseconds, 14 `YYYYMMDDHHmmss`. Undefined when the
 * value is not all digits; a failure for digit strings of any other length (a 10-digit value
 * may be epoch *seconds*, which no upstream in scope sends, so it is refused, not guessed).
 */
export function readNumericDate(s: string): ReadResult | undefined {
  if (EXCEL_SERIAL.test(s)) return excelSerialToWallClock(Number(s));
  if (!/^\d+$/.test(s)) return undefined;
  if (EPOCH_MS.test(s)) {
    const clock = shanghaiWallClock(Number(s));
    return clock === null ? { ok: false, reason: `时间戳超出范围 — epoch ms ${s} out of range` } : { ok: true, clock, hasTime: true };
  }
  const date = COMPACT_DATE.exec(s);
  if (date) return compact(date, false);
  const dateTime = COMPACT_DATE_TIME.exec(s);
  if (dateTime) return compact(dateTime, true);
  const hint = s.length === 10 ? ' (epoch seconds are not accepted; send milliseconds)' : '';
  return { ok: false, reason: `无法识别的 ${s.length} 位数字 — a ${s.length}-digit number is not a date form${hint}` };
}
