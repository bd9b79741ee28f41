import { ListReader } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { CreditPolicy } from '../publicity/credit-policy';
import type { PenaltyCounts } from '../publicity/penalty-counts';
import { PENALTY_WITH_REPAIR, penaltyRule } from '../publicity/penalty-rule';
import { penaltyOrder, penaltyWhere } from './penalty.filter';
import type { PenaltyFilter, PenaltyOrder } from './penalty.inputs';
import { PENALTY_COLUMNS, toPenalty, type PenaltyRow } from './penalty.row';
import type { Penalty } from './penalty.type';

/** Reads penalties: the root list (its column-page totals from credit.penalty_count) and each organisation's, batched. */
export class PenaltyService extends ListReader<PenaltyRow, Penalty, PenaltyFilter, PenaltyOrder> {
  constructor(db: DataSource, policy: CreditPolicy, counts: PenaltyCounts) {
    super(db, {
      name: 'penalty', from: PENALTY_WITH_REPAIR, alias: 'p', select: PENALTY_COLUMNS, where: (f) => penaltyWhere(f), order: penaltyOrder,
      publicity: penaltyRule(policy),
      keyOf: (r) => [r.decisionDate, r.id], toNode: toPenalty, countFromSummary: (f, view) => counts.count(f, view),
    });
  }
}
