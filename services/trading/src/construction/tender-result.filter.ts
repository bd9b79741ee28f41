import type { SqlWhere } from '@keyfield/core';
import { tradingWhere } from '../shared/trading-filter';
import type { TenderResultFilter } from './tender-result.inputs';

/** WHERE of a candidate-publicity or win-result list over alias `a`; `codes` is its party-code array column. */
export function tenderResultWhere(a: string, filter: TenderResultFilter | undefined, publishedAt: string, titleColumn: string, codes: string): SqlWhere {
  return tradingWhere(a, filter, { publishedAt, textColumns: [titleColumn, 'tender_project_code'] })
    .addIf(filter?.tenderProjectCode, `${a}.tender_project_code = ?`)
    .addIf(filter?.partyCode, `${a}.${codes} @> ARRAY[?]::text[]`);
}
