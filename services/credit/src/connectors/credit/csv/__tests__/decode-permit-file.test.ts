import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { convertPermit } from '../../convert';
import { decodePermitFile } from '../decode-permit-file';
import { PERMIT_COLUMNS } from '../permit-columns';

const FILE = 'xzxk_20261101.csv';
const bytes = readFileSync(join(__dirname, '..', '..', '__fixtures__', FILE));
const HEADER = PERMIT_COLUMNS.join(',');

/** GB18030 bytes of a text, as the platform would send it. */
function encode(text: string): Buffer {
  return iconv.encode(text, 'gb18030');
}

describe('decodePermitFile (GB18030 CSV of /credit/files/xzxk)', () => {
  it('is the recorded GB18030 bytes: 𠮷 is the four bytes 95 34 B2 35, lines end in CRLF, no BOM', () => {
    expect(bytes.includes(Buffer.from('9534b235', 'hex'))).toBe(true);
    expect(bytes.subarray(0, 4).equals(Buffer.from('84319533', 'hex'))).toBe(false);
    expect(bytes.toString('latin1').split('\r\n').length).toBeGreaterThan(8);
  });

  it('round-trips 𠮷 (outside the BMP), which GBK would lose', () => {
    const { records, encoding } = decodePermitFile(bytes);
    expect(encoding).toBe('gb18030');
    expect(records[0]?.['行政相对人名称']).toBe('厦门𠮷野家餐饮有限公司');
    expect(iconv.decode(bytes, 'gbk')).not.toContain('𠮷');
  });

  it('reports the malformed lines with their line numbers while the good lines convert', () => {
    const { records, lines, errors } = decodePermitFile(bytes);
    expect(errors).toEqual([
      { line: 4, reason: expect.stringContaining('expected 21 fields, got 20') },
      { line: 7, reason: expect.stringContaining('broken quoting') },
    ]);
    expect(lines).toEqual([2, 3, 5, 8]);
    const converted = records.map((r) => convertPermit(r, { source: 'credit/xzxk', fetchedAt: '2026-11-02T01:00:00.000Z', fileName: FILE }));
    expect(converted.map((c) => c.ok)).toEqual([true, true, true, true]);
  });

  it('reads a quoted field with a comma and a doubled quote, and one spanning a CRLF', () => {
    const { records } = decodePermitFile(bytes);
    expect(records[1]?.['许可内容']).toBe('预包装食品（含冷藏冷冻食品）销售, 散装食品销售；品牌"海润"专柜');
    expect(records[2]?.['备注']).toBe('补发证件；\r\n原证遗失');
  });

  it('keys every record by all the header’s columns', () => {
    for (const record of decodePermitFile(bytes).records) expect(Object.keys(record)).toEqual([...PERMIT_COLUMNS]);
  });

  it('drops a BOM if one is sent anyway', () => {
    const withBom = Buffer.concat([Buffer.from('84319533', 'hex'), bytes]);
    const { records, errors } = decodePermitFile(withBom);
    expect(records).toHaveLength(4);
    expect(errors.map((e) => e.line)).toEqual([4, 7]);
  });

  it('reads a header in another order and LF line ends', () => {
    const reversed = [...PERMIT_COLUMNS].reverse();
    const values = reversed.map((name) => (name === '行政相对人名称' ? '厦门𠮷祥贸易有限公司' : ''));
    const { records, errors } = decodePermitFile(encode(`${reversed.join(',')}\n${values.join(',')}\n`));
    expect(errors).toEqual([]);
    expect(records[0]?.['行政相对人名称']).toBe('厦门𠮷祥贸易有限公司');
  });

  it('fails every record with a clear reason when a column is unknown or missing', () => {
    const header = HEADER.replace('许可编号', '许可证编号');
    const row = PERMIT_COLUMNS.map(() => 'x').join(',');
    const { records, errors } = decodePermitFile(encode(`${header}\r\n${row}\r\n${row}\r\n`));
    expect(records).toEqual([]);
    expect(errors.map((e) => e.line)).toEqual([1, 2, 3]);
    for (const e of errors) expect(e.reason).toMatch(/unknown column\(s\): 许可证编号; 缺少列 missing column\(s\): 许可编号/u);
  });

  it('reports an empty file instead of returning nothing silently', () => {
    expect(decodePermitFile(Buffer.alloc(0))).toEqual({ records: [], lines: [], errors: [{ line: 1, reason: expect.stringContaining('no header') }], encoding: 'gb18030', encodingBasis: 'contract' });
  });

  it('reports a quote never closed and still reads the lines it would have swallowed', () => {
    const row = (name: string, extra = ''): string => PERMIT_COLUMNS.map((c) => (c === '行政相对人名称' ? name : c === '备注' ? extra : '')).join(',');
    const text = [HEADER, row('甲公司', '"未闭合'), row('乙公司'), row('丙公司')].join('\r\n');
    const { records, lines, errors } = decodePermitFile(encode(`${text}\r\n`));
    expect(errors).toEqual([{ line: 2, reason: expect.stringContaining('never closed') }]);
    expect(records.map((r) => r['行政相对人名称'])).toEqual(['乙公司', '丙公司']);
    expect(lines).toEqual([3, 4]);
  });

  it('reports bytes that are not GB18030 on their line', () => {
    const good = encode(`${HEADER}\r\n`);
    const bad = Buffer.concat([encode('甲公司'), Buffer.from([0x81, 0x20]), encode(`${',x'.repeat(PERMIT_COLUMNS.length - 1)}\r\n`)]);
    const { records, errors } = decodePermitFile(Buffer.concat([good, bad]));
    expect(records).toEqual([]);
    expect(errors).toEqual([{ line: 2, reason: expect.stringContaining('not valid GB18030') }]);
  });
});

describe('decodePermitFile: header contract', () => {
  it('fails every record when a column appears twice', () => {
    const header = `${PERMIT_COLUMNS.join(',')},备注`;
    const row = [...PERMIT_COLUMNS, '备注'].map(() => 'x').join(',');
    const { records, errors } = decodePermitFile(iconv.encode(`${header}\r\n${row}\r\n`, 'gb18030'));
    expect(records).toEqual([]);
    expect(errors).toEqual([
      { line: 1, reason: expect.stringContaining('duplicate column(s): 备注') },
      { line: 2, reason: expect.stringContaining('duplicate column(s): 备注') },
    ]);
  });
});
