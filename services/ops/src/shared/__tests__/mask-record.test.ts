import { maskRecord } from '../mask-record';

test('personal document numbers are masked and addresses redacted, at any depth; other fields pass', () => {
  const record = { CF_WSH: '厦市监罚〔2026〕1号', CF_XDR_ZJHM: '110101199003071234', ZCDZ: '厦门市思明区某路1号', nested: [{ CF_FR_ZJHM: 'E12345678' }], CF_NR_FK: 'abc', ZJHM: '' };
  expect(maskRecord(record)).toEqual({
    CF_WSH: '厦市监罚〔2026〕1号', CF_XDR_ZJHM: '110101********1234', ZCDZ: '[redacted]', nested: [{ CF_FR_ZJHM: 'E*******8' }], CF_NR_FK: 'abc', ZJHM: '',
  });
  expect(maskRecord('a raw CSV line')).toBe('a raw CSV line');
});
