import type { AbnormalListingWire } from '../../wire-types';
import { convertAbnormalListing } from '../abnormal-listing';
import { contextFor, fixtureRow } from './fixtures';
import { convertedColumns } from './table-columns';

const ctx = contextFor('credit/jyyc');
const byName = (name: string): AbnormalListingWire => fixtureRow<AbnormalListingWire>('jyyc-page.json', 'QYMC', name);
const LISTED = '厦门海润食品贸易有限公司';
const REASON = '未按照《企业信息公示暂行条例》第八条规定的期限公示年度报告的';

describe('convertAbnormalListing (/credit/jyyc → credit.abnormal_listing)', () => {
  it('converts a listing still in force, with empty removal fields, keyed by code, date and reason', () => {
    expect(convertAbnormalListing(byName(LISTED), ctx)).toEqual({
      ok: true,
      key: `91350205MA31XK2P5K|2025-07-01|${REASON}`,
      operation: 'I',
      row: {
        uscc: '91350205MA31XK2P5K',
        name: LISTED,
        listed_reason: REASON,
        listed_on: '2025-07-01',
        listed_by: '厦门市海沧区市场监督管理局',
        removed_reason: null,
        removed_on: null,
        removed_by: null,
        source: 'credit/jyyc',
        source_key: `91350205MA31XK2P5K|2025-07-01|${REASON}`,
        fetched_at: '2026-11-02T01:00:00.000Z',
        upstream_changed_at: '2026-11-01T05:00:00+08:00',
        operation: 'I',
        disclosure: '主动公开',
        withdrawn_at: null,
        withdrawal_reason: null,
      },
    });
  });

  it('fills exactly the columns of credit.abnormal_listing', () => {
    const result = convertAbnormalListing(byName(LISTED), ctx);
    expect(result.ok && Object.keys(result.row).sort()).toEqual(convertedColumns('abnormal_listing'));
  });

  it('records a removal (移出) as data, not as a withdrawal', () => {
    expect(convertAbnormalListing(byName('厦门鑫盛机电设备有限公司'), ctx)).toMatchObject({
      ok: true,
      operation: 'U',
      row: { removed_on: '2026-10-30', removed_by: '厦门市市场监督管理局', withdrawn_at: null },
    });
  });

  it('rejects a listing without a code, naming TYSHXYDM', () => {
    expect(convertAbnormalListing(byName('厦门东方印刷有限公司'), ctx)).toMatchObject({
      ok: false,
      stage: 'convert',
      reason: expect.stringMatching(/^TYSHXYDM: /u),
    });
  });

  it('rejects an impossible removal date, naming YCRQ', () => {
    const result = convertAbnormalListing({ ...byName('厦门鑫盛机电设备有限公司'), YCRQ: '2026-10-32' }, ctx);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^YCRQ: /u) });
  });
});
