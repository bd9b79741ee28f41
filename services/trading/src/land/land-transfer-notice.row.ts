import { INSTANT, MONEY_COLUMNS, moneyColumnsOf } from '../shared/record-columns';
import { SORT_KEY } from '../shared/trading-order';
import type { LandTransferNotice } from './land-transfer-notice.type';
import { PARCEL_COLUMNS, parcelOf, type ParcelRow } from './parcel-columns';

export const LAND_NOTICE_SENT = 't.notice_sent_at';

export const LAND_NOTICE_COLUMNS = `${PARCEL_COLUMNS('t')}, ${INSTANT('t.notice_sent_at', 'sentAt')}, t.notice_name AS "noticeName",
  t.notice_content AS "noticeContent", ${MONEY_COLUMNS('t', 'start_price', 'startPrice')}, ${MONEY_COLUMNS('t', 'deposit', 'deposit')},
  t.plot_ratio AS "plotRatio", ${SORT_KEY(LAND_NOTICE_SENT)}`;

export interface LandNoticeRow extends ParcelRow {
  sentAt: string;
  noticeName: string;
  noticeContent: string | null;
  plotRatio: string | null;
}

export function toLandNotice(r: LandNoticeRow): LandTransferNotice {
  return {
    ...parcelOf(r), sentAt: r.sentAt, noticeName: r.noticeName, noticeContent: r.noticeContent,
    startPrice: moneyColumnsOf(r, 'startPrice'), deposit: moneyColumnsOf(r, 'deposit'), plotRatio: r.plotRatio,
  };
}
