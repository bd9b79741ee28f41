import { partiesOf } from '../shared/party';
import { INSTANT, PRICED_COLUMNS, pricedOf, type PricedRow } from '../shared/record-columns';
import { publishedOrChanged, SORT_KEY } from '../shared/trading-order';
import { TENDER_COLUMNS, tenderOf, type TenderRow } from './tender-fields';
import type { ConstructionWinResult } from './win-result.type';

export const RESULT_SENT = publishedOrChanged('r', 'notice_sent_at');

export const WIN_RESULT_COLUMNS = `${PRICED_COLUMNS('r')}, ${TENDER_COLUMNS('r')}, r.notice_name AS "noticeName",
  r.notice_content AS "noticeContent", ${INSTANT('r.notice_sent_at', 'sentAt')}, r.winners_json AS "winnersJson", ${SORT_KEY(RESULT_SENT)}`;

export interface WinResultRow extends PricedRow, TenderRow {
  noticeName: string;
  noticeContent: string | null;
  sentAt: string | null;
  winnersJson: string;
  sortKey: string;
}

export function toWinResult(r: WinResultRow): ConstructionWinResult {
  return { ...pricedOf(r), ...tenderOf(r), noticeName: r.noticeName, noticeContent: r.noticeContent, sentAt: r.sentAt, winners: partiesOf(r.winnersJson) };
}
