import type { Conversion, Row } from '@keyfield/sync';
import type { PenaltyWire } from '../../wire-types';
import { convertPenalty } from '../penalty';
import { contextFor, fixtureRow, fixtureRows } from './fixtures';
import { convertedColumns } from './table-columns';

const PAGE = 'xzcf-page.json';
const ctx = contextFor('credit/xzcf');
const byNumber = (wsh: string): PenaltyWire => fixtureRow<PenaltyWire>(PAGE, 'CF_WSH', wsh);

function rowOf(result: Conversion): Row {
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result.row;
}

describe('convertPenalty (/credit/sgs/xzcf → credit.penalty)', () => {
  it('converts a complete penalty with every column right, fines exact from 万元 to 元', () => {
    const result = convertPenalty(byNumber('厦海市监罚〔2026〕1021号'), ctx);
    expect(result).toEqual({
      ok: true,
      key: '厦海市监罚〔2026〕1021号|11350205003034767H',
      operation: 'I',
      row: {
        decision_number: '厦海市监罚〔2026〕1021号',
        authority_code: '11350205003034767H',
        authority_name: '厦门市海沧区市场监督管理局',
        subject_name: '厦门海润食品贸易有限公司',
        subject_category: '法人及非法人组织',
        subject_kind: 'LEGAL_ENTITY',
        uscc: '91350205MA31XK2P5K',
        uscc_valid: true,
        uscc_warning: null,
        legal_rep: '林国栋',
        reg_number: null,
        org_code: null,
        tax_reg_number: null,
        institution_code: null,
        social_org_code: null,
        legal_rep_id_type: '身份证',
        legal_rep_id_number: '350203199207081022',
        person_id_type: null,
        person_id_number: null,
        violation_type: '经营超过保质期的食品',
        facts: '2026年9月12日，执法人员在当事人仓库查获超过保质期的预包装食品42箱，货值金额3.2万元。',
        legal_basis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
        kinds: ['警告', '罚款', '没收违法所得'],
        content: '警告；没收违法所得3200元；罚款人民币1.5万元。',
        fine_amount: '1.5',
        fine_unit: '万元',
        fine_yuan: '15000',
        confiscated_amount: '0.32',
        confiscated_unit: '万元',
        confiscated_yuan: '3200',
        licence_affected: null,
        decision_date: '2026-10-28',
        valid_until: '2027-10-27',
        publicity_end: '2029-10-27',
        data_source_name: '厦门市海沧区市场监督管理局',
        data_source_code: '11350205003034767H',
        remark: null,
        region_code: '350205',
        source: 'credit/xzcf',
        source_key: '厦海市监罚〔2026〕1021号|11350205003034767H',
        fetched_at: '2026-11-02T01:00:00.000Z',
        upstream_changed_at: '2026-11-01T09:30:00+08:00',
        operation: 'I',
        disclosure: '主动公开',
        withdrawn_at: null,
        withdrawal_reason: null,
      },
    });
  });

  it('fills exactly the columns of credit.penalty, the same set for every accepted row', () => {
    const rows = fixtureRows<PenaltyWire>(PAGE).map((r) => convertPenalty(r, ctx)).filter((c) => c.ok);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const c of rows) expect(Object.keys(rowOf(c)).sort()).toEqual(convertedColumns('penalty'));
  });

  it('strips grouping from a published fine and converts it exactly (12,345.6789 万元)', () => {
    const row = rowOf(convertPenalty(byNumber('厦海市监罚〔2026〕1023号'), ctx));
    expect(row).toMatchObject({ fine_amount: '12345.6789', fine_unit: '万元', fine_yuan: '123456789' });
    expect(row).toMatchObject({ confiscated_amount: null, confiscated_unit: null, confiscated_yuan: null });
  });

  it('reads a missing CZLX as an insert and a missing GKSX as no disclosure (依申请公开 by policy)', () => {
    const result = convertPenalty(byNumber('厦海市监罚〔2026〕1023号'), ctx);
    expect(result).toMatchObject({ ok: true, operation: 'I', row: { operation: 'I', disclosure: null } });
  });

  it('keeps a disclosure value only when it is one of the three', () => {
    const odd = convertPenalty({ ...byNumber('厦海市监罚〔2026〕1021号'), GKSX: '公开' }, ctx);
    expect(rowOf(odd).disclosure).toBeNull();
    expect(rowOf(convertPenalty(byNumber('厦海市监罚〔2026〕1024号'), ctx)).disclosure).toBe('依申请公开');
  });
});
