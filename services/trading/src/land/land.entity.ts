import { EntitySchema } from 'typeorm';
import { instant, managedIndexes, money, PARCEL, party, PLATFORM, PRICE, required, SYNCED, text } from '../shared/entity-columns';

/** trading.land_transfer_notice — 国有建设用地使用权出让公告, keyed parcel + send time. */
export const LandTransferNoticeEntity = new EntitySchema({
  name: 'LandTransferNotice', schema: 'trading', tableName: 'land_transfer_notice',
  columns: {
    ...SYNCED, ...PARCEL, notice_send_time: { type: 'varchar', length: 14 }, notice_sent_at: { type: 'timestamptz' }, notice_name: required,
    notice_content: text, ...money('start_price'), ...money('deposit'), plot_ratio: text, ...PRICE, ...PLATFORM,
  },
  uniques: [{ name: 'land_transfer_notice_natural_key', columns: ['land_code', 'notice_send_time'] }],
});

/** trading.land_deal — 土地出让成交结果, keyed parcel. */
export const LandDealEntity = new EntitySchema({
  name: 'LandDeal', schema: 'trading', tableName: 'land_deal',
  columns: { ...SYNCED, ...PARCEL, ...money('deal_price'), ...PRICE, ...party('buyer'), published_at: instant, ...PLATFORM },
  uniques: [{ name: 'land_deal_natural_key', columns: ['land_code'] }],
  indices: managedIndexes('land_deal_buyer'),
});
