import { convertLandDeal } from '../land-deal';
import { convertLandNotice } from '../land-notice';
import { contextFor, fixtureRecord } from './fixtures';

const PAGE = 'land-page.xml';

describe('land transfers (TRANSFER_NOTICE, DEAL_LAND_INFO)', () => {
  it('converts a transfer notice: area as a decimal, starting price and deposit from 万元', () => {
    expect(convertLandNotice(fixtureRecord(PAGE, 'TRANSFER_NOTICE', 0), contextFor('trading/ggzy-land-notice'))).toMatchObject({
      ok: true,
      key: '2026TP07|20261010000000',
      row: {
        land_code: '2026TP07', land_area: '35612.48', transfer_mode: '挂牌', lend_age_limit: '70', plot_ratio: '1.0-2.5',
        start_price_amount: '98500', start_price_unit: '万元', start_price_yuan: '985000000',
        deposit_amount: '19700', deposit_unit: '万元', deposit_yuan: '197000000',
        notice_sent_at: '2026-10-10T00:00:00+08:00', region_code: '350212',
      },
    });
  });

  it('converts a deal in 元 and keeps a buyer known by a registration number, flagged', () => {
    expect(convertLandDeal(fixtureRecord(PAGE, 'DEAL_LAND_INFO', 0), contextFor('trading/ggzy-land-deal'))).toMatchObject({
      ok: true,
      key: '2026TP07',
      row: {
        deal_price_amount: '1268000000', deal_price_unit: '元', deal_price_yuan: '1268000000',
        buyer_name: '厦门同欣置业有限公司', buyer_code: '350200100012345', buyer_uscc_valid: false,
        published_at: '2026-11-12T00:00:00+08:00',
      },
    });
  });

  it('rejects a deal with a transfer mode outside 招标/拍卖/挂牌, keeping its key for the quarantine', () => {
    expect(convertLandDeal(fixtureRecord(PAGE, 'DEAL_LAND_INFO', 1), contextFor('trading/ggzy-land-deal'))).toMatchObject({
      ok: false, key: '2026TP08', reason: expect.stringMatching(/^TRANSFER_MODE: /u),
    });
  });
});
