import { parseAmount } from '../parse-amount';

describe('parseAmount', () => {
  it.each([
    ['1,234.50', '1234.50'],
    ['  2000  ', '2000'],
    ['１，２３４．５０', '1234.50'],
    ['1 234 567', '1234567'],
    ['0.2', '0.2'],
    ['-15.5', '-15.5'],
    ['−3', '-3'],
    ['12,345,678.00', '12345678.00'],
    ['.5', '.5'],
  ])('keeps %s as published: %s', (raw, amount) => {
    expect(parseAmount(raw)).toEqual({ ok: true, amount });
  });

  it('keeps trailing zeros, which are part of what was published', () => {
    expect(parseAmount('3.00')).toEqual({ ok: true, amount: '3.00' });
  });

  it('reads numbers from a JSON reader without exponent notation', () => {
    expect(parseAmount(0.2)).toEqual({ ok: true, amount: '0.2' });
    expect(parseAmount(1e21)).toEqual({ ok: true, amount: '1000000000000000000000' });
    expect(parseAmount(1e-7)).toEqual({ ok: true, amount: '0.0000001' });
  });

  it.each(['abc', 'NaN', 'Infinity', '1.2.3', '1e5', '12元', '¥12', ',123', '1,,234', '1,234.5,6', '-', '.', '—'])(
    'rejects %s with a reason',
    (raw) => {
      expect(parseAmount(raw)).toMatchObject({ ok: false, reason: expect.any(String) });
    },
  );

  it('rejects non-finite numbers', () => {
    expect(parseAmount(Number.NaN)).toMatchObject({ ok: false });
    expect(parseAmount(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false });
  });

  it('rejects absurdly long digit strings', () => {
    expect(parseAmount('9'.repeat(65))).toMatchObject({ ok: false });
    expect(parseAmount('9'.repeat(64))).toMatchObject({ ok: true });
  });

  it('returns null for a missing value, distinct from an invalid one', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('   ')).toBeNull();
    expect(parseAmount(null)).toBeNull();
    expect(parseAmount(undefined)).toBeNull();
  });

  it('never throws on hostile input', () => {
    for (const input of [{}, [], true, '\u0000', '1'.repeat(100000)] as unknown[]) {
      expect(() => parseAmount(input as string)).not.toThrow();
    }
  });
});
