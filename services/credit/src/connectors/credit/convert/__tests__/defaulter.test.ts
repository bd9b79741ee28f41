import type { DefaulterWire } from '../../wire-types';
import { convertDefaulter } from '../defaulter';
import { DELETED_UPSTREAM } from '../provenance';
import { contextFor, fixtureRow } from './fixtures';
import { convertedColumns } from './table-columns';

const ctx = contextFor('credit/sxbzxr');
const byName = (name: string): DefaulterWire => fixtureRow<DefaulterWire>('sxbzxr-page.json', 'BZXRMC', name);

describe('convertDefaulter (/credit/sxbzxr → credit.defaulter)', () => {
  it('converts a person listed as defaulter, keeping the id as masked upstream', () => {
    expect(convertDefaulter(byName('陈志明'), ctx)).toEqual({
      ok: true,
      key: '(2026)闽0205执1234号|陈志明',
      operation: 'I',
      row: {
        case_number: '(2026)闽0205执1234号',
        name: '陈志明',
        id_or_org_code: '350205********2318',
        legal_rep: null,
        court: '厦门市海沧区人民法院',
        province: '福建',
        basis_number: '(2025)闽0205民初876号',
        basis_issuer: '厦门市海沧区人民法院',
        filed_on: '2026-03-02',
        obligation: '偿还借款本金8万元及利息',
        performance: '全部未履行',
        behaviour: '有履行能力而拒不履行生效法律文书确定义务',
        published_on: '2026-10-30',
        source: 'credit/sxbzxr',
        source_key: '(2026)闽0205执1234号|陈志明',
        fetched_at: '2026-11-02T01:00:00.000Z',
        upstream_changed_at: '2026-11-01T06:00:00+08:00',
        operation: 'I',
        disclosure: '主动公开',
        withdrawn_at: null,
        withdrawal_reason: null,
      },
    });
  });

  it('fills exactly the columns of credit.defaulter', () => {
    const result = convertDefaulter(byName('厦门鑫盛机电设备有限公司'), ctx);
    expect(result.ok && Object.keys(result.row).sort()).toEqual(convertedColumns('defaulter'));
  });

  it('keeps an organisation’s code as sent', () => {
    expect(convertDefaulter(byName('厦门鑫盛机电设备有限公司'), ctx)).toMatchObject({ ok: true, row: { id_or_org_code: '913502007054768L16' } });
  });

  it('masks a resident id that arrives unmasked, so the raw number is stored nowhere', () => {
    const result = convertDefaulter(byName('李秀英'), ctx);
    expect(result).toMatchObject({ ok: true, row: { id_or_org_code: '350203********1022' } });
    expect(JSON.stringify(result)).not.toContain('350203199207081022');
  });

  it('keeps an all-digit USCC that passes its checks as sent, though it looks like an id', () => {
    expect(convertDefaulter(byName('厦门东方印刷有限公司'), ctx)).toMatchObject({ ok: true, row: { id_or_org_code: '914403001922038216' } });
  });

  it('withdraws a D row at its SJC instant', () => {
    expect(convertDefaulter(byName('厦门东方印刷有限公司'), ctx)).toMatchObject({
      ok: true,
      operation: 'D',
      row: { withdrawn_at: '2026-11-01T07:00:00+08:00', withdrawal_reason: DELETED_UPSTREAM },
    });
  });

  it('rejects a row without a case number, naming AH', () => {
    expect(convertDefaulter({ ...byName('陈志明'), AH: '' }, ctx)).toMatchObject({ ok: false, reason: expect.stringMatching(/^AH: /u) });
  });
});
