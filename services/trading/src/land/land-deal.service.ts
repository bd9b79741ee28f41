import { ListReader } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { tradingRule } from '../publicity/trading-rule';
import { timeOrder, type TradingOrder } from '../shared/trading-order';
import { DEAL_PUBLISHED, LAND_DEAL_COLUMNS, toLandDeal, type LandDealRow } from './land-deal.row';
import type { LandDeal } from './land-deal.type';
import { landWhere } from './parcel-columns';
import type { LandFilter } from './parcel-fields';

/** Reads land deals, newest first; text also matches the buyer. */
export class LandDealService extends ListReader<LandDealRow, LandDeal, LandFilter, TradingOrder> {
  constructor(db: DataSource) {
    super(db, {
      name: 'landDeal', from: 'trading.land_deal d', alias: 'd', select: LAND_DEAL_COLUMNS,
      where: (f) => landWhere('d', f, DEAL_PUBLISHED, ['buyer_name']),
      order: timeOrder(DEAL_PUBLISHED, 'd.id'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: toLandDeal,
    });
  }
}
