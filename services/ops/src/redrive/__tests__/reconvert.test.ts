import { fileNameOf } from '../reconvert';

test('the file a record came from is read back from its raw page URL; a paged list names none', () => {
  expect(fileNameOf('http://u/credit/files/xzxk/xzxk_20261101.csv')).toBe('xzxk_20261101.csv');
  expect(fileNameOf('http://u/credit/files/xzxk/%E8%A1%A5%E5%85%85_20261101.csv')).toBe('补充_20261101.csv');
  expect(fileNameOf('http://u/credit/sgs/xzcf?since=2026-01-01+00%3A00%3A00&pageNo=1&pageSize=100')).toBeUndefined();
  expect(fileNameOf(null)).toBeUndefined();
});
