import { partyColumnsOf, PARTY_COLUMNS } from '../shared/party';
import { INSTANT, MONEY_COLUMNS, moneyColumnsOf, PLATFORM_COLUMNS, platformOf, type PlatformRow } from '../shared/record-columns';
import { SORT_KEY } from '../shared/trading-order';
import type { ConstructionNotice } from './construction-notice.type';
import type { NoticeNature } from './notice-nature';
import { TENDER_COLUMNS, tenderOf, type TenderRow } from './tender-fields';

export const NOTICE_SENT = 'n.notice_sent_at';

export const CONSTRUCTION_NOTICE_COLUMNS = `${PLATFORM_COLUMNS('n')}, ${TENDER_COLUMNS('n')}, n.notice_nature AS nature,
  ${INSTANT('n.notice_sent_at', 'sentAt')}, n.notice_name AS "noticeName", n.notice_content AS "noticeContent",
  n.notice_media AS "noticeMedia", n.bulletin_type AS "bulletinType", ${INSTANT('n.doc_get_start_at', 'docGetStartAt')},
  ${INSTANT('n.doc_get_end_at', 'docGetEndAt')}, ${INSTANT('n.bid_doc_refer_end_at', 'bidDocReferEndAt')}, ${INSTANT('n.bid_open_at', 'bidOpenAt')},
  ${MONEY_COLUMNS('n', 'doc_price', 'docPrice')}, ${PARTY_COLUMNS('n', 'tenderer')}, ${PARTY_COLUMNS('n', 'agency')}, ${SORT_KEY(NOTICE_SENT)}`;

export interface ConstructionNoticeRow extends PlatformRow, TenderRow {
  nature: NoticeNature;
  sentAt: string;
  noticeName: string;
  noticeContent: string | null;
  noticeMedia: string | null;
  bulletinType: string | null;
  docGetStartAt: string | null;
  docGetEndAt: string | null;
  bidDocReferEndAt: string | null;
  bidOpenAt: string | null;
  sortKey: string;
}

export function toConstructionNotice(r: ConstructionNoticeRow): ConstructionNotice {
  return {
    ...platformOf(r), ...tenderOf(r), nature: r.nature, sentAt: r.sentAt, noticeName: r.noticeName, noticeContent: r.noticeContent,
    noticeMedia: r.noticeMedia, bulletinType: r.bulletinType, docGetStartAt: r.docGetStartAt, docGetEndAt: r.docGetEndAt,
    bidDocReferEndAt: r.bidDocReferEndAt, bidOpenAt: r.bidOpenAt, docPrice: moneyColumnsOf(r, 'docPrice'),
    tenderer: partyColumnsOf(r, 'tenderer'), agency: partyColumnsOf(r, 'agency'),
  };
}
