import type { SqlWhere } from '@keyfield/core';
import { tradingWhere } from '../shared/trading-filter';
import { PUBLISHED } from './procurement-columns';
import type { ProcurementFilter, ProcurementNoticeFilter } from './procurement.inputs';

/** WHERE of a procurement list over alias `a` (visibility is the list reader's). */
export function procurementWhere(a: string, filter: ProcurementFilter | undefined): SqlWhere {
  return tradingWhere(a, filter, { publishedAt: PUBLISHED(a), textColumns: ['title', 'project_name', 'purchaser_name'] })
    .addIf(filter?.purchaseMethod, `${a}.purchase_method = ?`)
    .addIf(filter?.purchaserCode, `${a}.purchaser_code = ?`)
    .addIf(filter?.projectCode, `${a}.project_code = ?`);
}

/** The same, with the notice types. */
export function procurementNoticeWhere(a: string, filter: ProcurementNoticeFilter | undefined): SqlWhere {
  const where = procurementWhere(a, filter);
  return filter?.noticeTypes?.length ? where.add(`${a}.notice_type = ANY(?)`, filter.noticeTypes) : where;
}
