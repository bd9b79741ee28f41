import { yuanToWanYuan } from '../credit/money';
import { formatTimestamp } from '../time/clock';

/** `YYYYMMDDHHmmss`, the national platform's `DATA_TIMESTAMP` and `from`. */
export const compactTimestamp = (seconds: number): string => formatTimestamp(seconds).replace(/\D/gu, '');

/** `2026年11月3日上午9:00`, as notices write their timetable. */
export function chineseDateTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  const h = d.getUTCHours();
  const clock = `${h > 12 ? h - 12 : h}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日${h < 12 ? '上午' : '下午'}${clock}`;
}

/** `PRICE_UNIT` codes: `1` 元, `2` 万元. */
export type PriceUnitCode = '1' | '2';

/** Whole 元 written in a unit: `1286453100` → `128645.31` (万元) or `1286453100.00` (元). */
export function amountIn(yuan: number, unit: PriceUnitCode): string {
  return unit === '2' ? yuanToWanYuan(yuan) : `${yuan}.00`;
}

/** Seconds on the simulator's naive wall clock → epoch ms of that Shanghai time. */
export const shanghaiEpochMs = (seconds: number): number => (seconds - 8 * 3600) * 1000;
