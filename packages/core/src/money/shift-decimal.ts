/**
 * Multiplies plain decimal text by 10^places, exactly, by moving its decimal point: `'0.2'`, 4 →
 * `'2000'`. The input is what `parseAmount` accepts (`[+-]digits[.digits]`, either side of the point
 * may be empty but not both); the result is in the form `plainDecimal` writes: no `+`, no leading or
 * trailing zeros, no bare point, `0` never signed. The unit conversions of money are all powers of
 * ten, so this is the whole multiplication, without a decimal library.
 */
export function shiftDecimalPoint(amount: string, places: number): string {
  const negative = amount.startsWith('-');
  const unsigned = negative || amount.startsWith('+') ? amount.slice(1) : amount;
  const point = unsigned.indexOf('.');
  const whole = point < 0 ? unsigned : unsigned.slice(0, point);
  const fraction = point < 0 ? '' : unsigned.slice(point + 1);
  const integer = withoutLeadingZeros(whole + fraction.slice(0, places).padEnd(places, '0'));
  const decimals = withoutTrailingZeros(fraction.slice(places));
  if (integer === '0' && decimals === '') return '0';
  return `${negative ? '-' : ''}${integer}${decimals === '' ? '' : `.${decimals}`}`;
}

/** Digits without leading zeros, `'0'` when nothing is left. */
function withoutLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 0x30) start += 1;
  return start === digits.length ? '0' : digits.slice(start);
}

/** Digits without trailing zeros, possibly empty. */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end -= 1;
  return digits.slice(0, end);
}
