import { partyColumnsOf, PARTY_COLUMNS } from '../shared/party';
import { INSTANT, MONEY_COLUMNS, moneyColumnsOf, RECORD_COLUMNS, recordOf, type RecordRow } from '../shared/record-columns';
import { publishedOrChanged, SORT_KEY } from '../shared/trading-order';
import type { ProcurementNoticeType } from './notice-type';
import type { ProcurementRecord } from './procurement-record.type';

/** The time a procurement list is ordered and filtered by (alias `a`). */
export const PUBLISHED = (a: string): string => publishedOrChanged(a, 'published_at');

/** The columns every procurement table has; the notice id (unique across the three) is the id. */
export const PROCUREMENT_COLUMNS = (a: string): string => `${RECORD_COLUMNS(a, `${a}.notice_id`)}, ${a}.notice_type AS "noticeType",
  ${a}.title, ${a}.project_code AS "projectCode", ${a}.project_name AS "projectName", ${PARTY_COLUMNS(a, 'purchaser')},
  ${PARTY_COLUMNS(a, 'agency')}, ${a}.purchase_method AS "purchaseMethod", ${MONEY_COLUMNS(a, 'budget', 'budget')},
  ${INSTANT(`${a}.published_at`, 'publishedAt')}, ${a}.content, ${SORT_KEY(PUBLISHED(a))}`;

export interface ProcurementRow extends RecordRow {
  noticeType: ProcurementNoticeType;
  title: string;
  projectCode: string | null;
  projectName: string | null;
  purchaseMethod: string | null;
  publishedAt: string | null;
  content: string | null;
  sortKey: string;
}

export function procurementOf(r: ProcurementRow): ProcurementRecord {
  return {
    ...recordOf(r), noticeType: r.noticeType, title: r.title, projectCode: r.projectCode, projectName: r.projectName,
    purchaser: partyColumnsOf(r, 'purchaser'), agency: partyColumnsOf(r, 'agency'), purchaseMethod: r.purchaseMethod,
    budget: moneyColumnsOf(r, 'budget'), publishedAt: r.publishedAt, content: r.content,
  };
}

const party = (p: string): string => ['name', 'code_type', 'code', 'uscc_valid', 'code_warning'].map((c) => `${p}_${c}`).join(', ');

/** The stored columns the three tables share (the union of every notice type reads them). */
const SHARED = `id, notice_id, notice_type, title, project_code, project_name, ${party('purchaser')}, ${party('agency')}, purchase_method,
  budget_amount, budget_unit, budget_yuan, published_at, region_code, content, disclosure, upstream_changed_at, source, source_key,
  fetched_at, updated_at, withdrawn_at, withdrawal_reason`;

/** Every procurement notice of the 13 types: notices, results and contracts as one relation, alias `n`. */
export const ALL_PROCUREMENT = `(${['procurement_notice', 'procurement_result', 'procurement_contract']
  .map((t) => `SELECT ${SHARED} FROM trading.${t}`).join(' UNION ALL ')}) n`;
