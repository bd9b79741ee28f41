import { toHalfWidth } from '../to-half-width';

describe('toHalfWidth', () => {
  it('folds full-width digits, letters and punctuation to ASCII', () => {
    expect(toHalfWidth('９１４４ＡＢｃ（）：，．')).toBe('9144ABc():,.');
  });

  it('turns the ideographic space into an ASCII space', () => {
    expect(toHalfWidth('厦门\u3000海沧')).toBe('厦门 海沧');
  });

  it('leaves Chinese characters and already half-width text untouched', () => {
    expect(toHalfWidth('行政处罚 ABC 123')).toBe('行政处罚 ABC 123');
  });

  it('keeps characters outside the BMP intact', () => {
    expect(toHalfWidth('𠀀Ａ')).toBe('𠀀A');
  });

  it('returns an empty string for a non-string value instead of throwing', () => {
    expect(toHalfWidth(undefined as unknown as string)).toBe('');
  });
});
