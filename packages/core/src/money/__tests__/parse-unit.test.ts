import { parseMoneyUnit } from '../parse-unit';

describe('parseMoneyUnit', () => {
  it.each([
    ['元', '元'],
    ['万元', '万元'],
    ['万', '万元'],
    ['亿', '亿元'],
    [' 亿元 ', '亿元'],
    ['（万元）', '万元'],
    ['单位：万元', '万元'],
    ['人民币元', '元'],
    ['预算数（万元）', '万元'],
    ['决算数(单位:亿元)', '亿元'],
  ])('reads %s as %s', (raw, unit) => {
    expect(parseMoneyUnit(raw)).toBe(unit);
  });

  it('returns null when no unit is named rather than guessing 元', () => {
    expect(parseMoneyUnit('预算数')).toBeNull();
    expect(parseMoneyUnit('千元')).toBeNull();
    expect(parseMoneyUnit('')).toBeNull();
    expect(parseMoneyUnit(null)).toBeNull();
  });
});
