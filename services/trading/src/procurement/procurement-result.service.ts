import type { DataSource } from 'typeorm';
import { tradingRule } from '../publicity/trading-rule';
import { ProjectListReader } from '../shared/project-list-reader';
import { timeOrder } from '../shared/trading-order';
import { PUBLISHED } from './procurement-columns';
import type { ProcurementResult } from './procurement-result.type';
import { RESULT_COLUMNS, toProcurementResult, type ResultRow } from './procurement-rows';
import { procurementWhere } from './procurement.filter';
import type { ProcurementFilter } from './procurement.inputs';

/** Reads procurement results: the root list and a project's (batched). */
export class ProcurementResultService extends ProjectListReader<ResultRow, ProcurementResult, ProcurementFilter> {
  constructor(db: DataSource) {
    super(db, {
      name: 'procurementResult', from: 'trading.procurement_result r', alias: 'r', select: RESULT_COLUMNS, where: (f) => procurementWhere('r', f),
      order: timeOrder(PUBLISHED('r'), 'r.notice_id'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: toProcurementResult,
    }, { column: 'r.project_code', orderBy: `${PUBLISHED('r')}, r.notice_id` });
  }
}
