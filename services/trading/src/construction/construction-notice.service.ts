import type { DataSource } from 'typeorm';
import { tradingRule } from '../publicity/trading-rule';
import { ProjectListReader } from '../shared/project-list-reader';
import { tradingWhere } from '../shared/trading-filter';
import { timeOrder } from '../shared/trading-order';
import type { ConstructionNoticeFilter } from './construction-notice.inputs';
import { CONSTRUCTION_NOTICE_COLUMNS, NOTICE_SENT, toConstructionNotice, type ConstructionNoticeRow } from './construction-notice.row';
import type { ConstructionNotice } from './construction-notice.type';

function noticeWhere(filter: ConstructionNoticeFilter | undefined) {
  return tradingWhere('n', filter, { publishedAt: NOTICE_SENT, textColumns: ['notice_name', 'tender_project_code', 'tenderer_name'] })
    .addIf(filter?.nature, 'n.notice_nature = ?')
    .addIf(filter?.tenderProjectCode, 'n.tender_project_code = ?');
}

/** Reads construction notices: the root list, and a tender project's original and changes in the order sent. */
export class ConstructionNoticeService extends ProjectListReader<ConstructionNoticeRow, ConstructionNotice, ConstructionNoticeFilter> {
  constructor(db: DataSource) {
    super(db, {
      name: 'constructionNotice', from: 'trading.construction_notice n', alias: 'n', select: CONSTRUCTION_NOTICE_COLUMNS, where: noticeWhere,
      order: timeOrder(NOTICE_SENT, 'n.id'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: toConstructionNotice,
    }, { column: 'n.tender_project_code', orderBy: 'n.notice_sent_at, n.id' });
  }
}
