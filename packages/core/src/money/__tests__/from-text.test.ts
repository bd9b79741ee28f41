import { amountFromText } from '../from-text';

describe('amountFromText', () => {
  it.each([
    ['决定对当事人处以罚款2000元。', '2000', '元'],
    ['罚款人民币1.5万元', '1.5', '万元'],
    ['罚款贰仟元', '2000', '元'],
    ['罚款人民币贰仟元整', '2000', '元'],
    ['罚款人民币壹万伍仟元', '15000', '元'],
    ['罚款贰万元', '2', '万元'],
    ['并处罚款：2,000.00元', '2000.00', '元'],
    ['罚款（人民币）5000元', '5000', '元'],
    ['罚款 3000 元', '3000', '元'],
    ['处2万元罚款', '2', '万元'],
    ['处以人民币5000元的罚款', '5000', '元'],
    ['罚款金额为1.2亿元', '1.2', '亿元'],
    ['罚款２０００元', '2000', '元'],
  ])('finds the fine in %s', (text, amount, unit) => {
    expect(amountFromText(text)).toEqual({ amount, unit });
  });

  it('skips the legal bounds quoted from the law and finds the fine imposed', () => {
    const text = '依据《某某条例》第十条"处五千元以上五万元以下罚款"，决定罚款8000元';
    expect(amountFromText(text)).toEqual({ amount: '8000', unit: '元' });
  });

  it('returns the first fine when the text names several amounts', () => {
    expect(amountFromText('没收违法所得1000元，罚款5000元，另处罚款3000元')).toEqual({ amount: '5000', unit: '元' });
  });

  it('ignores amounts that are not fines', () => {
    expect(amountFromText('没收违法所得1000元')).toBeNull();
  });

  it('returns null when no fine is stated or the text is missing', () => {
    expect(amountFromText('警告')).toBeNull();
    expect(amountFromText('')).toBeNull();
    expect(amountFromText(null)).toBeNull();
    expect(amountFromText(undefined)).toBeNull();
  });

  it('refuses a colloquial numeral it cannot read unambiguously', () => {
    expect(amountFromText('罚款一万五元')).toBeNull();
  });

  it('never throws on hostile input', () => {
    expect(() => amountFromText('罚款'.repeat(10000))).not.toThrow();
    expect(() => amountFromText(42 as unknown as string)).not.toThrow();
  });
});
