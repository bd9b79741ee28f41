import { splitPenaltyKinds } from '../penalty-kinds';

describe('splitPenaltyKinds (CF_CFLB)', () => {
  it.each([
    ['警告,罚款', ['警告', '罚款']],
    ['警告，罚款', ['警告', '罚款']],
    ['警告、罚款、没收违法所得', ['警告', '罚款', '没收违法所得']],
    ['罚款;没收非法财物', ['罚款', '没收非法财物']],
    ['罚款；责令停产停业', ['罚款', '责令停产停业']],
    [' 警告 ， 罚款 ;；、', ['警告', '罚款']],
    ['其他', ['其他']],
  ])('splits %j on every separator, trimmed, empty parts dropped', (raw, kinds) => {
    expect(splitPenaltyKinds(raw)).toEqual(kinds);
  });

  it('gives no kinds for no value', () => {
    expect(splitPenaltyKinds(null)).toEqual([]);
  });
});
