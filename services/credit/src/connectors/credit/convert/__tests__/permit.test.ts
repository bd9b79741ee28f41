import type { Conversion, Row } from '@keyfield/sync';
import { decodePermitFile } from '../../csv';
import type { PermitCsvRecord } from '../../wire-types';
import { convertPermit } from '../permit';
import { DELETED_UPSTREAM } from '../provenance';
import { contextFor, fixtureBytes } from './fixtures';
import { convertedColumns } from './table-columns';

const FILE = 'xzxk_20261101.csv';
const ctx = contextFor('credit/xzxk', FILE);
const records = decodePermitFile(fixtureBytes(FILE)).records;
const FILE_DAY = '2026-11-01T00:00:00+08:00';

function recordNumbered(documentNumber: string): PermitCsvRecord {
  const record = records.find((r) => r['行政许可决定文书号'] === documentNumber);
  if (record === undefined) throw new Error(`no permit ${documentNumber} in ${FILE}`);
  return record;
}

function rowOf(result: Conversion): Row {
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result.row;
}

describe('convertPermit (permit file record → credit.permit)', () => {
  it('converts a long-term permit of a name outside the BMP with every column right', () => {
    expect(convertPermit(recordNumbered('厦海市监食许〔2026〕0311号'), ctx)).toEqual({
      ok: true,
      key: '11350205003034767H|厦海市监食许〔2026〕0311号',
      operation: 'I',
      row: {
        document_number: '厦海市监食许〔2026〕0311号',
        authority_code: '11350205003034767H',
        authority_name: '厦门市海沧区市场监督管理局',
        subject_name: '厦门𠮷野家餐饮有限公司',
        subject_category: '法人及非法人组织',
        subject_kind: 'LEGAL_ENTITY',
        uscc: '913502007054768L16',
        uscc_valid: true,
        uscc_warning: null,
        legal_rep: '周建国',
        document_title: '食品经营许可决定书',
        kind: '普通',
        certificate_name: '食品经营许可证',
        permit_number: 'JY23502050031126',
        content: '预包装食品销售；热食类食品制售',
        decision_date: '2026-10-30',
        valid_from: '2026-10-30',
        valid_to: null,
        valid_long_term: true,
        status: 'VALID',
        data_source_name: '厦门市海沧区市场监督管理局',
        data_source_code: '11350205003034767H',
        remark: null,
        region_code: '350205',
        file_name: FILE,
        source: 'credit/xzxk',
        source_key: '11350205003034767H|厦海市监食许〔2026〕0311号',
        fetched_at: '2026-11-02T01:00:00.000Z',
        upstream_changed_at: FILE_DAY,
        operation: 'I',
        disclosure: '主动公开',
        withdrawn_at: null,
        withdrawal_reason: null,
      },
    });
  });

  it('fills exactly the columns of credit.permit for every good record of the file', () => {
    expect(records).toHaveLength(4);
    for (const record of records) expect(Object.keys(rowOf(convertPermit(record, ctx))).sort()).toEqual(convertedColumns('permit'));
  });

  it('keeps a dated validity and a quoted content as published', () => {
    expect(rowOf(convertPermit(recordNumbered('厦海市监食许〔2026〕0312号'), ctx))).toMatchObject({
      valid_to: '2031-10-29',
      valid_long_term: false,
      content: '预包装食品（含冷藏冷冻食品）销售, 散装食品销售；品牌"海润"专柜',
      operation: 'U',
    });
  });

  it('converts a natural person’s permit with no USCC and its on-request disclosure', () => {
    expect(rowOf(convertPermit(recordNumbered('厦交许〔2026〕1203号'), ctx))).toMatchObject({
      subject_kind: 'NATURAL_PERSON',
      uscc: null,
      uscc_valid: null,
      disclosure: '依申请公开',
      remark: '补发证件；\r\n原证遗失',
    });
  });

  it('withdraws a D record at the file’s day and maps status 2 to INVALID', () => {
    expect(convertPermit(recordNumbered('厦海住建许〔2026〕0041号'), ctx)).toMatchObject({
      ok: true,
      operation: 'D',
      row: { status: 'INVALID', uscc: '91350100M0001TGQXM', uscc_valid: false, withdrawn_at: FILE_DAY, withdrawal_reason: DELETED_UPSTREAM },
    });
  });

  it.each([
    ['有效', 'VALID'],
    ['无效', 'INVALID'],
    ['撤销', '撤销'],
    ['', null],
  ])('maps 当前状态 %j to %j', (raw, status) => {
    const record = { ...recordNumbered('厦海市监食许〔2026〕0311号'), 当前状态: raw };
    expect(rowOf(convertPermit(record, ctx)).status).toBe(status);
  });

  it('keeps a 15-digit registration number in uscc, flagged, as the permit table has no reg_number', () => {
    const record = { ...recordNumbered('厦海市监食许〔2026〕0311号'), 统一社会信用代码: '350205600123456' };
    const row = rowOf(convertPermit(record, ctx));
    expect(row).toMatchObject({ uscc: '350205600123456', uscc_valid: false });
    expect(row.uscc_warning).toEqual(expect.stringContaining('registration number'));
  });

  it('uses the fetch time as change time when the file name holds no day', () => {
    const row = rowOf(convertPermit(recordNumbered('厦海市监食许〔2026〕0311号'), contextFor('credit/xzxk', 'xzxk_latest.csv')));
    expect(row).toMatchObject({ upstream_changed_at: '2026-11-02T01:00:00.000Z', file_name: 'xzxk_latest.csv' });
  });

  it.each<[string, Partial<PermitCsvRecord>, RegExp]>([
    ['a missing document number', { 行政许可决定文书号: '' }, /^行政许可决定文书号: /u],
    ['a missing authority code', { 许可机关统一社会信用代码: '' }, /^许可机关统一社会信用代码: /u],
    ['an impossible decision date', { 许可决定日期: '2026/13/45' }, /^许可决定日期: .*2026-13-45/u],
    ['an impossible validity end', { 有效期至: '2031/02/29' }, /^有效期至: /u],
    ['an unknown subject category', { 行政相对人类别: '其他' }, /^行政相对人类别: /u],
    ['an unknown operation', { 操作类型: '作废' }, /^操作类型: /u],
  ])('rejects %s, naming the column', (_, change, reason) => {
    const result = convertPermit({ ...recordNumbered('厦海市监食许〔2026〕0311号'), ...change }, ctx);
    expect(result).toMatchObject({ ok: false, stage: 'convert', reason: expect.stringMatching(reason) });
  });

  it('rejects a record when the context names no file', () => {
    const result = convertPermit(recordNumbered('厦海市监食许〔2026〕0311号'), contextFor('credit/xzxk'));
    expect(result).toMatchObject({ ok: false, stage: 'convert' });
  });
});
