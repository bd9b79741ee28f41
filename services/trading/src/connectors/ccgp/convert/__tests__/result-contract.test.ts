import { rowOf } from '../../../__tests__/row-of';
import { convertProcurementContract, convertProcurementResult } from '..';
import { contextFor, fixtureNotice } from './fixtures';

describe('procurement results and contracts', () => {
  const result = fixtureNotice('8a81f6d38b2c41d9');

  it('stores the result under its canonical type whichever bracket width the site used', () => {
    expect(rowOf(convertProcurementResult(result, contextFor('trading/ccgp-result')))['notice_type']).toBe('中标（成交）结果');
  });

  it('keeps every winner: a missing code as none, a foreign code flagged, amounts exact in 元', () => {
    const row = rowOf(convertProcurementResult(result, contextFor('trading/ccgp-result')));
    expect(JSON.parse(String(row['winners_json']))).toEqual([
      { name: '厦门海润科技有限公司', code_type: null, code: '91350205MA31XK2P5K', uscc_valid: true, code_warning: null, amount: '2745600.00', unit: '元', yuan: '2745600' },
      { name: '厦门鑫盛信息技术有限公司', code_type: null, code: null, uscc_valid: null, code_warning: null, amount: null, unit: null, yuan: null },
      { name: '香港力天系统工程有限公司', code_type: null, code: 'CR-1234567', uscc_valid: false, code_warning: expect.stringContaining('not a USCC'), amount: '0', unit: '元', yuan: '0' },
    ]);
    expect(row['winner_codes']).toEqual(['91350205MA31XK2P5K', 'CR-1234567']);
  });

  it('rejects a winner without a name, naming it by position', () => {
    const bad = { ...result, winners: [{ name: '', code: '91350205MA31XK2P5K', amount: '1' }] };
    expect(convertProcurementResult(bad, contextFor('trading/ccgp-result'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^winners\[0\]\.name: /u) });
  });

  it('converts a contract notice: code, amount in 元, a Chinese sign date as a day', () => {
    expect(convertProcurementContract(fixtureNotice('8a81f6d38b2c41e4'), contextFor('trading/ccgp-contract'))).toMatchObject({
      ok: true,
      row: {
        notice_type: '合同', project_code: '[350205]HCJY[GK]2026001',
        contract_code: 'HCJY-HT-2026-0087', contract_amount_amount: '2745600.00', contract_amount_yuan: '2745600',
        signed_on: '2026-12-03', performance_period: '合同签订之日起60日内',
      },
    });
  });

  it('rejects a contract notice without its contract', () => {
    expect(convertProcurementContract({ ...fixtureNotice('8a81f6d38b2c41e4'), contract: null }, contextFor('trading/ccgp-contract'))).toMatchObject({
      ok: false, reason: expect.stringMatching(/^contract\.code: /u),
    });
  });
});
