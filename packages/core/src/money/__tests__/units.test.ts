import { isMoneyUnit, toYuan } from '../units';
import type { MoneyUnit } from '../units';

describe('toYuan', () => {
  it.each<[string, MoneyUnit, string]>([
    ['0.2', '万元', '2000'],
    ['1.2345', '亿元', '123450000'],
    ['2000', '元', '2000'],
    ['1.5', '万元', '15000'],
    ['1234.50', '元', '1234.5'],
    ['3.00', '万元', '30000'],
    ['0.00001', '万元', '0.1'],
    ['-0.5', '万元', '-5000'],
  ])('converts %s %s to %s 元 exactly', (amount, unit, yuan) => {
    expect(toYuan(amount, unit)).toBe(yuan);
  });

  it('never writes a trailing .0', () => {
    expect(toYuan('1.0', '元')).toBe('1');
    expect(toYuan('0.10', '万元')).toBe('1000');
  });

  it('never uses exponent notation for large values', () => {
    expect(toYuan('123456789012345678901234567890.123456789', '亿元')).toBe(
      '12345678901234567890123456789012345678.9',
    );
    expect(toYuan('99999999999999999999999', '亿元')).toBe('9999999999999999999999900000000');
  });

  it('never uses exponent notation for tiny values', () => {
    expect(toYuan('0.000000000000000000001', '元')).toBe('0.000000000000000000001');
    expect(toYuan('0.0000000001', '万元')).toBe('0.000001');
  });

  it('is exact where floating point is not', () => {
    expect(toYuan('0.1', '元')).toBe('0.1');
    expect(toYuan('1.005', '万元')).toBe('10050');
    expect(toYuan('0.07', '亿元')).toBe('7000000');
  });

  it('writes zero as 0, never -0', () => {
    expect(toYuan('-0', '万元')).toBe('0');
    expect(toYuan('0.000', '亿元')).toBe('0');
  });

  it('accepts the published forms parseAmount accepts', () => {
    expect(toYuan('1,234.50', '万元')).toBe('12345000');
    expect(toYuan(' １２ ', '万元')).toBe('120000');
  });

  it('returns null for a missing or invalid amount or an unknown unit, without throwing', () => {
    expect(toYuan('', '万元')).toBeNull();
    expect(toYuan('abc', '万元')).toBeNull();
    expect(toYuan('1e5', '元')).toBeNull();
    expect(toYuan('1', '千元' as MoneyUnit)).toBeNull();
    expect(toYuan(undefined as unknown as string, '元')).toBeNull();
  });
});

describe('isMoneyUnit', () => {
  it('recognises exactly 元, 万元 and 亿元', () => {
    expect(['元', '万元', '亿元', '万', 'CNY', null].map(isMoneyUnit)).toEqual([true, true, true, false, false, false]);
  });
});
