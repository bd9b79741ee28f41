import { createHash } from 'node:crypto';
import { decodeGb18030, encodeGb18030, parseCsv, toCsv } from '../csv';
import { PERMIT_COLUMNS } from '../permits';
import { smallPlatform } from './support';

describe('permit files (xzxk)', () => {
  it('round-trips GB18030 with a non-BMP character, quotes, commas and CRLF', () => {
    const text = toCsv(['名称', '内容'], [['𠮷祥(厦门)有限公司', '预包装食品,"散装"食品']]);
    expect(text).toBe('名称,内容\r\n𠮷祥(厦门)有限公司,"预包装食品,""散装""食品"\r\n');
    const bytes = encodeGb18030(text);
    // U+20BB7 𠮷 is the 4-byte sequence 95 34 B2 35 in GB18030
    expect(bytes.indexOf(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(Buffer.byteLength('名称,内容\r\n'.replace(/[^\x00-\x7f]/g, 'xx')));
    expect(decodeGb18030(bytes)).toBe(text);
    expect(parseCsv(decodeGb18030(bytes))[1]).toEqual(['𠮷祥(厦门)有限公司', '预包装食品,"散装"食品']);
  });

  const platform = smallPlatform();
  const files = platform.permits.list();

  it('spreads size/2 permits over daily files named by date', () => {
    expect(files.reduce((n, f) => n + f.count, 0)).toBe(1000);
    for (const f of files) expect(platform.permits.entry(f)).toEqual(expect.objectContaining({ name: f.name, date: `${f.name.slice(5, 9)}-${f.name.slice(9, 11)}-${f.name.slice(11, 13)}` }));
  });

  it('writes GB18030 without BOM, CRLF line ends and the exact Chinese header', () => {
    const all: string[][] = [];
    for (const file of files) {
      const bytes = platform.permits.bytes(file);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      const text = decodeGb18030(bytes);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual([...PERMIT_COLUMNS]);
      expect(rows.every((r) => r.length === PERMIT_COLUMNS.length)).toBe(true);
      all.push(...rows);
    }
    const joined = all.map((r) => r.join('\u0001')).join('\n');
    expect(joined).toMatch(/[\u{10000}-\u{10FFFF}]/u);
    expect(all.some((r) => r.some((v) => v.includes('"')))).toBe(true);
    expect(all.some((r) => r.some((v) => v.includes(',')))).toBe(true);
    const keys = all.map((r) => `${r[14]}|${r[5]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists byte length and sha256 of what it serves; a correction keeps the name, changes the hash', () => {
    const file = files[0];
    if (!file) throw new Error('no files');
    const before = platform.permits.entry(file);
    const bytes = platform.permits.bytes(file);
    expect(before.bytes).toBe(String(bytes.length));
    expect(before.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    platform.permits.correct(file.name);
    const after = platform.permits.entry(file);
    expect(after.name).toBe(before.name);
    expect(after.sha256).not.toBe(before.sha256);
    const rows = parseCsv(decodeGb18030(platform.permits.bytes(file))).slice(1);
    expect(rows[0]?.[19]).toBe('U');
    expect(rows[0]?.[18]).toMatch(/^更正/);
  });
});
