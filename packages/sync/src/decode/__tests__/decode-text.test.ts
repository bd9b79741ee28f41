import iconv from 'iconv-lite';
import { chooseEncoding } from '../choose-encoding';
import { decodeText } from '../decode-text';

const text = '厦门𠮷祥贸易有限公司';

test('a byte-order mark wins over the declared charset and the contract', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  expect(decodeText(bytes, 'text/csv; charset=gb18030', 'gb18030')).toMatchObject({ text, encoding: 'utf-8', basis: 'bom' });
});

test('a GB18030 byte-order mark is recognised and dropped', () => {
  const bytes = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode(text, 'gb18030')]);
  expect(decodeText(bytes, null, null)).toMatchObject({ text, encoding: 'gb18030', basis: 'bom' });
});

test('a declared charset wins over the contract, and declared GBK is read as GB18030', () => {
  const bytes = iconv.encode(text, 'gb18030');
  const decoded = decodeText(bytes, 'text/csv; charset=GBK', 'utf-8');
  expect(decoded).toMatchObject({ encoding: 'gb18030', basis: 'declared' });
  // the character outside the BMP survives, as it would not under GBK
  expect(decoded.text).toBe(text);
});

test('without a BOM or a declaration the feed contract decides, then UTF-8 by default', () => {
  expect(chooseEncoding(iconv.encode(text, 'gb18030'), 'text/csv', 'gb18030')).toEqual({ encoding: 'gb18030', basis: 'contract', bomLength: 0 });
  expect(chooseEncoding(Buffer.from('{}'), null, null)).toEqual({ encoding: 'utf-8', basis: 'default', bomLength: 0 });
});
