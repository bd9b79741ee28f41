import { toHalfWidth } from '../text/to-half-width';
import { MAX_AMOUNT_DIGITS, MoneyDecimal } from './money-decimal';

/** An amount kept as published, minus grouping commas and spaces. */
export type AmountParseResult = { ok: true; amount: string } | { ok: false; reason: string };

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_INTEGER = /^[+-]?\d+(,\d+)*(\.\d*)?$/;

function invalid(reason: string): AmountParseResult {
  return { ok: false, reason };
}

function countDigits(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits += 1;
  }
  return digits;
}

function withinDigitLimit(amount: string): AmountParseResult {
  if (countDigits(amount) > MAX_AMOUNT_DIGITS) return invalid(`位数过多 — more than ${MAX_AMOUNT_DIGITS} digits`);
  return { ok: true, amount };
}

/**
 * Reads an amount cell (金额) as published: `'1,234.50'` → `'1234.50'`, full-width digits folded,
 * whitespace and grouping commas removed, nothing else changed (trailing zeros stay; the unit
 * lives elsewhere). Returns null when there is no value (null, undefined, empty, blank): missing
 * is not invalid. Text, NaN, exponent notation, several dots or misplaced commas fail with a reason.
 */
export function parseAmount(raw: string | number | null | undefined): AmountParseResult | null {
  if (typeof raw === 'number' && !Number.isFinite(raw)) return invalid(`非有限数 — ${String(raw)} is not a finite number`);
  // A number from a JSON reader: its shortest decimal text, never `1e+21`.
  const published = typeof raw === 'number' ? new MoneyDecimal(raw).toFixed() : raw;
  if (typeof published !== 'string') return null;
  // Most cells are plain already (`0.15`): nothing to fold, strip or ungroup.
  if (PLAIN_DECIMAL.test(published)) return withinDigitLimit(published);
  const text = toHalfWidth(published).replace(/\u2212/gu, '-').replace(/\s+/gu, '');
  if (text === '') return null;
  if (!GROUPED_INTEGER.test(text) && !PLAIN_DECIMAL.test(text)) return invalid(`不是金额 — "${text.slice(0, 40)}" is not a decimal amount`);
  return withinDigitLimit(text.replace(/,/gu, ''));
}
