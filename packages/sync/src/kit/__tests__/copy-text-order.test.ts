import type { Row } from '../conversion';
import { copyData, copyField } from '../copy-text';

/** COPY text looked up column by column: what the lines must be whatever order a row's keys are in. */
const byName = (rows: readonly Row[], columns: readonly string[]): string =>
  rows.map((row) => `${columns.map((c) => copyField(row[c])).join('\t')}\n`).join('');

const copyText = (rows: readonly Row[], columns: readonly string[]): string => Buffer.concat([...copyData(rows, columns)]).toString('utf8');

describe('copyData field order', () => {
  it('writes the columns in the order given, whatever the order of a row’s own keys', () => {
    const columns = ['a', 'b', 'c'];
    const rows: Row[] = [
      { a: '1', b: '2', c: '3' },
      { c: '3', b: '2', a: '1' },
      { a: 'x\ty', c: null },
      { a: '1', b: '2', c: '3', extra: 'not copied' },
      { b: ['罚款'], a: true, c: 4.5 },
    ];
    expect(copyText(rows, columns)).toBe(byName(rows, columns));
  });

  it('writes rows that share the columns’ key order as looked up by name', () => {
    const columns = ['decision_number', 'kinds', 'fine_yuan', 'uscc_valid', 'remark'];
    const rows: Row[] = Array.from({ length: 1500 }, (_, i) => ({
      decision_number: `厦罚[2025]${i}号`,
      kinds: i % 2 === 0 ? ['罚款', '警告'] : [],
      fine_yuan: i % 3 === 0 ? null : String(i * 100),
      uscc_valid: i % 5 === 0,
      remark: i % 7 === 0 ? 'a\\b\r\n' : '',
    }));
    expect(copyText(rows, columns)).toBe(byName(rows, columns));
  });
});
