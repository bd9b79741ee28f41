import { convertProcurementNotice, REVOKED_UPSTREAM } from '..';
import { contextFor, fixtureNotice } from './fixtures';

const ctx = contextFor('trading/ccgp-notice');

describe('convertProcurementNotice (/ccgp/notices → trading.procurement_notice)', () => {
  it('converts an intention notice: epoch ms to +08:00, budget in 元, parties checked, codes as strings', () => {
    expect(convertProcurementNotice(fixtureNotice('8a81f6d38b2c41a2'), ctx)).toEqual({
      ok: true,
      key: '8a81f6d38b2c41a2',
      operation: 'I',
      row: {
        notice_id: '8a81f6d38b2c41a2',
        notice_type: '采购意向',
        title: '厦门市海沧区教育局2026年11月政府采购意向',
        project_code: '[350205]HCJY[GK]2026001',
        project_name: '海沧区中小学智慧教室设备采购项目',
        purchaser_name: '厦门市海沧区教育局', purchaser_code_type: null, purchaser_code: '11350205003034767H',
        purchaser_uscc_valid: true, purchaser_code_warning: null,
        agency_name: '福建省海峡招标代理有限公司', agency_code_type: null, agency_code: '91350200MA2YQ8LC7T',
        agency_uscc_valid: true, agency_code_warning: null,
        purchase_method: null,
        budget_amount: '2860000', budget_unit: '元', budget_yuan: '2860000',
        published_at: '2026-10-08T10:00:00+08:00',
        region_code: '350205',
        content: '<table><tr><td>采购项目名称</td><td>海沧区中小学智慧教室设备采购项目</td></tr></table>',
        source: 'trading/ccgp-notice',
        source_key: '8a81f6d38b2c41a2',
        fetched_at: '2026-12-09T01:00:00.000Z',
        upstream_changed_at: '2026-10-08T10:00:00+08:00',
        operation: 'I',
        disclosure: '主动公开',
        withdrawn_at: null,
        withdrawal_reason: null,
      },
    });
  });

  it('reads a notice updated after publication (same noticeId, later updateTime) as an update', () => {
    expect(convertProcurementNotice(fixtureNotice('8a81f6d38b2c41c3'), ctx)).toMatchObject({
      ok: true, operation: 'U', row: { notice_type: '更正', published_at: '2026-11-06T15:00:00+08:00', upstream_changed_at: '2026-11-07T08:45:12+08:00' },
    });
  });

  it('withdraws a revoked notice at its update time, saying why', () => {
    expect(convertProcurementNotice(fixtureNotice('8a81f6d38b2c41f0'), ctx)).toMatchObject({
      ok: true, operation: 'D', row: { operation: 'D', withdrawn_at: '2026-12-08T11:00:00+08:00', withdrawal_reason: REVOKED_UPSTREAM },
    });
  });

  it('reads a null gksx as no disclosure (依申请公开 by policy)', () => {
    expect(convertProcurementNotice(fixtureNotice('8a81f6d38b2c41b7'), ctx)).toMatchObject({ ok: true, row: { disclosure: null, notice_type: '招标' } });
  });

  it('rejects a type that is not one of the 13, keeping the noticeId for the quarantine', () => {
    expect(convertProcurementNotice(fixtureNotice('8a81f6d38b2c41f5'), ctx)).toMatchObject({
      ok: false, key: '8a81f6d38b2c41f5', reason: expect.stringMatching(/^noticeType: /u),
    });
  });

  it('rejects an unknown status rather than guess whether the notice stands', () => {
    expect(convertProcurementNotice({ ...fixtureNotice('8a81f6d38b2c41a2'), status: 'draft' }, ctx)).toMatchObject({ ok: false, reason: expect.stringMatching(/^status: /u) });
  });
});
