import { normaliseName } from '../normalise-name';

describe('normaliseName', () => {
  it('gives full-width and half-width brackets the same key', () => {
    expect(normaliseName('厦门市海沧区人民政府（办公室）')).toBe(normaliseName('厦门市海沧区人民政府(办公室)'));
    expect(normaliseName('厦门市海沧区人民政府（办公室）')).toBe('厦门市海沧区人民政府(办公室)');
  });

  it('folds 〔〕 and 【】 brackets to parentheses', () => {
    expect(normaliseName('某某公司〔厦门〕【分部】')).toBe('某某公司(厦门)(分部)');
  });

  it('removes every kind of whitespace, including ideographic and zero-width', () => {
    expect(normaliseName(' 厦门\u3000海沧\t有限 公司\u200b\n')).toBe('厦门海沧有限公司');
  });

  it('upper-cases Latin letters after folding full-width ones', () => {
    expect(normaliseName('厦门ａｂｃ科技abc有限公司')).toBe('厦门ABC科技ABC有限公司');
  });

  it('unifies look-alike middle dots in transliterated names', () => {
    expect(normaliseName('阿依古丽・买买提')).toBe('阿依古丽·买买提');
    expect(normaliseName('阿依古丽•买买提')).toBe('阿依古丽·买买提');
  });

  it('returns an empty key for empty or non-string input', () => {
    expect(normaliseName('')).toBe('');
    expect(normaliseName('   ')).toBe('');
    expect(normaliseName(null as unknown as string)).toBe('');
  });
});
