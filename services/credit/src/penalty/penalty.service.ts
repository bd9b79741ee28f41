import type { DataSource } from 'typeorm';
import { ListReader } from '../shared/list-reader';
import { penaltyOrder, penaltyWhere } from './penalty.filter';
import type { PenaltyFilter, PenaltyOrder } from './penalty.inputs';
import { PENALTY_COLUMNS, toPenalty, type PenaltyRow } from './penalty.row';
import type { Penalty } from './penalty.type';

/** Reads penalties: the root list and each organisation's, batched. */
export class PenaltyService extends ListReader<PenaltyRow, Penalty, PenaltyFilter, PenaltyOrder> {
  constructor(db: DataSource) {
    super(db, {
      name: 'penalty', from: 'credit.penalty p', select: PENALTY_COLUMNS, where: (f) => penaltyWhere(f), order: penaltyOrder,
      keyOf: (r) => [r.decisionDate, r.id], toNode: toPenalty,
    });
  }
}
