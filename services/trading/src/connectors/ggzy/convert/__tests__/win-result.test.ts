import type { Row } from '@keyfield/sync';
import { rowOf } from '../../../__tests__/row-of';
import { convertWinResult } from '../win-result';
import { contextFor, fixtureRecord } from './fixtures';

const ctx = contextFor('trading/ggzy-gcjs-result');
const first = fixtureRecord('gcjs-page.xml', 'WIN_RESULT', 0);
const corrected = fixtureRecord('gcjs-page-corrected.xml', 'WIN_RESULT', 0);

const winners = (row: Row): Record<string, unknown>[] => JSON.parse(String(row['winners_json'])) as Record<string, unknown>[];

describe('convertWinResult (WIN_RESULT → trading.construction_win_result)', () => {
  it('keeps every consortium member as a winner, in the order published, amounts in the record unit', () => {
    const row = rowOf(convertWinResult(first, ctx));
    expect(row).toMatchObject({ tender_project_code: 'E3502050101202600012', price_unit_code: '1', currency_code: '156', price_unit_corrected: false });
    expect(winners(row)).toEqual([
      {
        bid_section_code: 'E3502050101202600012001', name: '厦门海润建设工程有限公司', code_type: '97', code: '91350205MA31XK2P5K',
        uscc_valid: true, code_warning: null, role: '1', amount: '1286.4531', unit: '元', yuan: '1286.4531', other_bid_price: null, project_lead: '林志强',
      },
      {
        bid_section_code: 'E3502050101202600012001', name: '厦门路桥设计院有限公司', code_type: '97', code: '91350211MA8RW3B17D',
        uscc_valid: true, code_warning: null, role: '2', amount: null, unit: null, yuan: null, other_bid_price: null, project_lead: null,
      },
      expect.objectContaining({ name: '厦门鑫盛市政工程有限公司', other_bid_price: '下浮率3.5%' }),
    ]);
    expect(row['winner_codes']).toEqual(['91350205MA31XK2P5K', '91350211MA8RW3B17D', '91350100M0001TGQXM']);
  });

  it('keeps a winner whose code fails the USCC check, flagged with a warning', () => {
    expect(winners(rowOf(convertWinResult(first, ctx)))[2]).toMatchObject({ code: '91350100M0001TGQXM', uscc_valid: false, code_warning: expect.stringContaining('校验位不符') });
  });

  it('replaces the row when the site corrects the price unit: same key, later version, 元 → 万元 exactly', () => {
    const before = convertWinResult(first, ctx);
    const after = convertWinResult(corrected, ctx);
    expect(after.ok && before.ok && after.key === before.key).toBe(true);
    const row = rowOf(after);
    expect(row).toMatchObject({ price_unit_code: '2', price_unit_corrected: true, upstream_changed_at: '2026-12-01T10:15:00+08:00' });
    expect(String(row['upstream_changed_at']) > String(rowOf(before)['upstream_changed_at'])).toBe(true);
    expect(winners(row).map((w) => [w['amount'], w['unit'], w['yuan']])).toEqual([
      ['1286.4531', '万元', '12864531'],
      [null, null, null],
      ['356.2', '万元', '3562000'],
    ]);
  });

  it('rejects a record with an unknown price-unit code instead of guessing the unit', () => {
    expect(convertWinResult(fixtureRecord('gcjs-page.xml', 'WIN_RESULT', 1), ctx)).toMatchObject({
      ok: false, key: 'E3502120101202600031', reason: expect.stringMatching(/^PRICE_UNIT: 未知金额单位代码 "3"/u),
    });
  });

  it('rejects an amount with no price unit at all, naming the winner it belongs to', () => {
    const { PRICE_UNIT: _unit, ...withoutUnit } = first;
    expect(convertWinResult(withoutUnit, ctx)).toMatchObject({ ok: false, reason: expect.stringMatching(/^WIN_BIDDER\[0\]\.PRICE_UNIT: /u) });
  });

  it('has no 元 value for an amount in another currency', () => {
    const usd = rowOf(convertWinResult({ ...first, CURRENCY_CODE: '840' }, ctx));
    expect(winners(usd)[0]).toMatchObject({ amount: '1286.4531', unit: '元', yuan: null });
  });
});
