import { parseAmount } from './parse-amount';
import { shiftDecimalPoint } from './shift-decimal';

/** Units upstreams publish amounts in: 元 (fines in text), 万元 (双公示 fines, budgets), 亿元 (debt). */
export type MoneyUnit = '元' | '万元' | '亿元';

/** Every `MoneyUnit`, smallest first. */
export const MONEY_UNITS: readonly MoneyUnit[] = ['元', '万元', '亿元'];

/** How many 元 one of each unit is, as exact decimal text. */
export const YUAN_PER_UNIT: Readonly<Record<MoneyUnit, string>> = { 元: '1', 万元: '10000', 亿元: '100000000' };

/** `YUAN_PER_UNIT` as powers of ten: converting to 元 moves the decimal point this many places. */
const YUAN_EXPONENT: Readonly<Record<MoneyUnit, number>> = { 元: 0, 万元: 4, 亿元: 8 };

/** Whether a string is one of the `MoneyUnit` values. */
export function isMoneyUnit(value: unknown): value is MoneyUnit {
  return typeof value === 'string' && (MONEY_UNITS as readonly string[]).includes(value);
}

/**
 * Converts an amount as published to 元 (normalised amount, 折合元), exactly: `'0.2'` 万元 →
 * `'2000'`, `'1.2345'` 亿元 → `'123450000'`. The result is plain decimal text: no exponent,
 * no trailing zeros, no `.0`. The amount may be anything `parseAmount` accepts (`'1,234.50'`).
 * Returns null, never throws, when the amount is missing or not a number or the unit unknown.
 */
export function toYuan(amount: string, unit: MoneyUnit): string | null {
  const parsed = parseAmount(amount);
  if (parsed === null || !parsed.ok || !isMoneyUnit(unit)) return null;
  return shiftDecimalPoint(parsed.amount, YUAN_EXPONENT[unit]);
}
