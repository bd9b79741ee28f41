import { copyData, copyField, plainNumber } from '../copy-text';

test('text fields escape backslash, tab, newline and carriage return, and nothing else', () => {
  expect(copyField('a\\b\tc\nd\re "f" ,{}')).toBe('a\\\\b\\tc\\nd\\re "f" ,{}');
  expect(copyField('罚款 — 警告')).toBe('罚款 — 警告');
  expect(copyField('')).toBe('');
});

test('null and missing values are \\N, while the text "\\N" and "NULL" stay text', () => {
  expect(copyField(null)).toBe('\\N');
  expect(copyField(undefined)).toBe('\\N');
  expect(copyField('\\N')).toBe('\\\\N');
  expect(copyField('NULL')).toBe('NULL');
});

test('arrays become literals with every element quoted, then escaped for COPY', () => {
  expect(copyField(['罚款', '警告'])).toBe('{"罚款","警告"}');
  expect(copyField([])).toBe('{}');
  expect(copyField(['NULL', 'a,b', '{x}', ' pad '])).toBe('{"NULL","a,b","{x}"," pad "}');
  // A quote in an element is backslash-escaped in the literal; that backslash is doubled for COPY.
  expect(copyField(['say "hi"', 'back\\slash', 'tab\there'])).toBe('{"say \\\\"hi\\\\"","back\\\\\\\\slash","tab\\there"}');
});

test('numbers print as Postgres printed the JSON number, never in exponent form', () => {
  expect(copyField(12.5)).toBe('12.5');
  expect(copyField(-3)).toBe('-3');
  expect(plainNumber(1e21)).toBe('1000000000000000000000');
  expect(plainNumber(-1.25e22)).toBe('-12500000000000000000000');
  expect(plainNumber(1.5e-7)).toBe('0.00000015');
  expect(copyField(Number.NaN)).toBe('\\N');
  expect(copyField(Number.POSITIVE_INFINITY)).toBe('\\N');
});

test('booleans are true and false, which both boolean and text columns read as JSON gave them', () => {
  expect(copyField(true)).toBe('true');
  expect(copyField(false)).toBe('false');
});

test('rows become tab-separated UTF-8 lines in column order', () => {
  const data = Buffer.concat([...copyData([{ b: 'x', a: '行' }, { a: null }], ['a', 'b'])]);
  expect(data.toString('utf8')).toBe('行\tx\n\\N\t\\N\n');
});

test('many rows come in chunks of whole lines', () => {
  const rows = Array.from({ length: 2500 }, (_, i) => ({ k: String(i) }));
  const chunks = [...copyData(rows, ['k'])];
  expect(chunks.map((c) => c.toString('utf8').split('\n').length - 1)).toEqual([1000, 1000, 500]);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(rows.map((r) => `${r.k}\n`).join(''));
});
