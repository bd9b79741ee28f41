import { MoneyDecimal, plainDecimal } from '../money-decimal';
import { parseAmount } from '../parse-amount';
import { shiftDecimalPoint } from '../shift-decimal';
import { toYuan } from '../units';
import { fuzzStrings } from '../../text/__tests__/fuzz-strings';

/** What toYuan computed with decimal.js before: the reference the string arithmetic must match. */
const byDecimal = (amount: string, places: number): string => plainDecimal(new MoneyDecimal(amount).times(10 ** places));

describe('shiftDecimalPoint', () => {
  it.each<[string, number, string]>([
    ['0.2', 4, '2000'],
    ['1.2345', 8, '123450000'],
    ['1234.50', 0, '1234.5'],
    ['0.00001', 4, '0.1'],
    ['-0.5', 4, '-5000'],
    ['+1.5', 4, '15000'],
    ['.5', 4, '5000'],
    ['5.', 4, '50000'],
    ['000123.4500', 4, '1234500'],
    ['007', 0, '7'],
    ['0.000', 8, '0'],
    ['-0', 4, '0'],
    ['-0.00000', 0, '0'],
    ['0.000000000000000000001', 0, '0.000000000000000000001'],
    ['123456789012345678901234567890.123456789', 8, '12345678901234567890123456789012345678.9'],
  ])('moves the point of %s by %d places: %s', (amount, places, expected) => {
    expect(shiftDecimalPoint(amount, places)).toBe(expected);
    expect(byDecimal(amount, places)).toBe(expected);
  });

  it('agrees with decimal.js on random amounts, signs, zeros and lengths', () => {
    let state = 20260313;
    const next = (n: number): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return Math.floor((state / 2 ** 32) * n);
    };
    const digits = (n: number): string => Array.from({ length: n }, () => (next(3) === 0 ? '0' : String(next(10)))).join('');
    const mismatches: string[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const sign = ['', '', '-', '+'][next(4)] ?? '';
      const fraction = next(3) === 0 ? '' : `.${digits(next(22))}`;
      const amount = `${sign}${digits(next(22))}${fraction}`;
      if (!/\d/.test(amount)) continue;
      for (const places of [0, 4, 8]) {
        if (shiftDecimalPoint(amount, places) !== byDecimal(amount, places)) mismatches.push(`${amount} × 10^${places}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('toYuan', () => {
  it('gives what decimal.js gave for every amount parseAmount accepts', () => {
    const published = ['1,234.50', '１２', ' 12 34 ', '−3', '0.0001', '-0.00', '9'.repeat(64), `.${'9'.repeat(63)}`, '1,000,000.001'];
    for (const raw of published) {
      const parsed = parseAmount(raw);
      if (!parsed?.ok) throw new Error(`${raw} should parse`);
      expect(toYuan(raw, '万元')).toBe(byDecimal(parsed.amount, 4));
      expect(toYuan(raw, '亿元')).toBe(byDecimal(parsed.amount, 8));
      expect(toYuan(raw, '元')).toBe(byDecimal(parsed.amount, 0));
    }
  });

  it('gives what decimal.js gave, or null as before, on arbitrary strings', () => {
    for (const s of fuzzStrings(5000)) {
      const parsed = parseAmount(s);
      expect(toYuan(s, '万元')).toBe(parsed?.ok ? byDecimal(parsed.amount, 4) : null);
    }
  });
});
