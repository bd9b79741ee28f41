import type { KeysetOrder, SqlWhere } from '@keyfield/core';
import { decisionWhere } from '../shared/decision-filter';
import { PenaltyOrder, type PenaltyFilter } from './penalty.inputs';

/** The WHERE clause of a penalty list's filter (what the caller may see is the list reader's). */
export function penaltyWhere(filter: PenaltyFilter | undefined): SqlWhere {
  const where = decisionWhere('p', filter, ['subject_name', 'decision_number', 'authority_name']);
  return where.addIf(filter?.kind, '? = ANY(p.kinds)');
}

/** Keyset columns of each order: the decision date, then the id to break ties. */
export function penaltyOrder(order: PenaltyOrder | undefined): KeysetOrder {
  return { columns: ['p.decision_date', 'p.id'], direction: order === PenaltyOrder.DECISION_DATE_ASC ? 'ASC' : 'DESC' };
}
