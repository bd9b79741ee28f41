import type { DataSource } from 'typeorm';
import { tradingRule } from '../publicity/trading-rule';
import { ProjectListReader } from '../shared/project-list-reader';
import { timeOrder } from '../shared/trading-order';
import { CANDIDATE_PUBLICITY_COLUMNS, PUBLICITY_STARTED, toCandidatePublicity, type CandidatePublicityRow } from './candidate-publicity.row';
import type { CandidatePublicity } from './candidate-publicity.type';
import { tenderResultWhere } from './tender-result.filter';
import type { TenderResultFilter } from './tender-result.inputs';

/** Reads candidate publicities: the root list, and the one of each tender project (batched). */
export class CandidatePublicityService extends ProjectListReader<CandidatePublicityRow, CandidatePublicity, TenderResultFilter> {
  constructor(db: DataSource) {
    super(db, {
      name: 'candidatePublicity', from: 'trading.construction_candidate_publicity c', alias: 'c', select: CANDIDATE_PUBLICITY_COLUMNS,
      where: (f) => tenderResultWhere('c', f, PUBLICITY_STARTED, 'publicity_name', 'candidate_codes'),
      order: timeOrder(PUBLICITY_STARTED, 'c.id'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: toCandidatePublicity,
    }, { column: 'c.tender_project_code', orderBy: 'c.id' });
  }
}
