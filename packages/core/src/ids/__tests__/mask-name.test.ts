import { maskPersonName } from '../mask-name';

describe('maskPersonName', () => {
  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧阳**'],
    ['司马光', '司马*'],
    ['诸葛亮', '诸葛*'],
    ['夏侯惇', '夏侯*'],
    ['西门吹雪', '西门**'],
  ])('masks %s as %s, keeping the surname', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });

  it('masks a one-character name entirely', () => {
    expect(maskPersonName('张')).toBe('*');
  });

  it('does not reveal a whole two-character name that happens to be a compound surname', () => {
    expect(maskPersonName('欧阳')).toBe('欧*');
  });

  it('treats a name whose second character is not part of a compound surname as single-surname', () => {
    expect(maskPersonName('欧娜娜')).toBe('欧**');
  });

  it('trims before masking and returns an empty string for empty input', () => {
    expect(maskPersonName('  张三 ')).toBe('张*');
    expect(maskPersonName('   ')).toBe('');
    expect(maskPersonName('')).toBe('');
    expect(maskPersonName(undefined as unknown as string)).toBe('');
  });

  it('counts characters outside the BMP as one character each', () => {
    expect(maskPersonName('张𠀀𠀁')).toBe('张**');
  });

  it('masks transliterated names after the first character, dot included', () => {
    expect(maskPersonName('阿依古丽·买买提')).toBe('阿*******');
  });
});
