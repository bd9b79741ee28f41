import Decimal from 'decimal.js';

/**
 * The Decimal used for money (金额). Amounts are capped at `MAX_AMOUNT_DIGITS` digits and unit
 * factors are at most 10^8, so 200 significant digits make every product exact; the exponent
 * thresholds keep `toString()` out of exponent notation as well (`toFixed()` never uses it).
 */
export const MoneyDecimal = Decimal.clone({
  precision: 200,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** Longest digit count accepted as an amount; anything longer is garbage, not money. */
export const MAX_AMOUNT_DIGITS = 64;

/** Plain decimal text of a value: never exponent notation, no trailing zeros, `0` not `-0`. */
export function plainDecimal(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}
