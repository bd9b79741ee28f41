import { maskIdNumber } from '../mask-id-number';

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters of an 18-character id', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('masks the whitespace-free, half-width form', () => {
    expect(maskIdNumber(' 110101 19900307 1234 ')).toBe('110101********1234');
    expect(maskIdNumber('１１０１０１１９９００３０７１２３４')).toBe('110101********1234');
  });

  it('keeps at most a quarter of the characters of any other value', () => {
    expect(maskIdNumber('E12345678')).toBe('E*******8');
    expect(maskIdNumber('110101900307123')).toBe('11************3');
    expect(maskIdNumber('H1234567')).toBe('H******7');
  });

  it('masks short values entirely', () => {
    expect(maskIdNumber('123')).toBe('***');
    expect(maskIdNumber('1234')).toBe('1***');
    expect(maskIdNumber('')).toBe('');
  });

  it('never reveals more than a quarter of an odd-length value', () => {
    for (let n = 0; n <= 40; n += 1) {
      if (n === 18) continue;
      const masked = maskIdNumber('7'.repeat(n));
      expect(masked).toHaveLength(n);
      expect(masked.replace(/\*/g, '').length).toBeLessThanOrEqual(n / 4);
    }
  });

  it('returns an empty string for non-string input', () => {
    expect(maskIdNumber(null as unknown as string)).toBe('');
  });
});
