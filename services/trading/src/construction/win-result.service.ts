import type { DataSource } from 'typeorm';
import { tradingRule } from '../publicity/trading-rule';
import { ProjectListReader } from '../shared/project-list-reader';
import { timeOrder } from '../shared/trading-order';
import { tenderResultWhere } from './tender-result.filter';
import type { TenderResultFilter } from './tender-result.inputs';
import { RESULT_SENT, toWinResult, WIN_RESULT_COLUMNS, type WinResultRow } from './win-result.row';
import type { ConstructionWinResult } from './win-result.type';

/** Reads construction win results: the root list, and the one of each tender project (batched). */
export class WinResultService extends ProjectListReader<WinResultRow, ConstructionWinResult, TenderResultFilter> {
  constructor(db: DataSource) {
    super(db, {
      name: 'winResult', from: 'trading.construction_win_result r', alias: 'r', select: WIN_RESULT_COLUMNS,
      where: (f) => tenderResultWhere('r', f, RESULT_SENT, 'notice_name', 'winner_codes'),
      order: timeOrder(RESULT_SENT, 'r.id'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: toWinResult,
    }, { column: 'r.tender_project_code', orderBy: 'r.id' });
  }
}
