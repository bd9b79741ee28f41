import { wireKey } from '../wire-key';

test('records missing a key field never collide with each other', () => {
  const a = { CF_WSH: '', CF_CFJGDM: '113502000000000001', CF_XDR_MC: '甲' };
  const b = { CF_WSH: '', CF_CFJGDM: '113502000000000001', CF_XDR_MC: '乙' };
  expect(wireKey(a, ['CF_WSH', 'CF_CFJGDM'])).not.toBe(wireKey(b, ['CF_WSH', 'CF_CFJGDM']));
  expect(wireKey({ CF_WSH: 'x', CF_CFJGDM: 'y' }, ['CF_WSH', 'CF_CFJGDM'])).toBe('x|y');
});
