import { ListReader } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { tradingRule } from '../publicity/trading-rule';
import { timeOrder, type TradingOrder } from '../shared/trading-order';
import { LAND_NOTICE_COLUMNS, LAND_NOTICE_SENT, toLandNotice, type LandNoticeRow } from './land-transfer-notice.row';
import type { LandTransferNotice } from './land-transfer-notice.type';
import { landWhere } from './parcel-columns';
import type { LandFilter } from './parcel-fields';

/** Reads land transfer notices, newest first. */
export class LandTransferNoticeService extends ListReader<LandNoticeRow, LandTransferNotice, LandFilter, TradingOrder> {
  constructor(db: DataSource) {
    super(db, {
      name: 'landNotice', from: 'trading.land_transfer_notice t', alias: 't', select: LAND_NOTICE_COLUMNS,
      where: (f) => landWhere('t', f, LAND_NOTICE_SENT, ['notice_name']),
      order: timeOrder(LAND_NOTICE_SENT, 't.id'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: toLandNotice,
    });
  }
}
