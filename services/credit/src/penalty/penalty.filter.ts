import { likePattern, SqlWhere } from '@keyfield/core';
import { checkDateRange } from '../shared/date-range.input';
import { regionPrefix } from '../shared/region-filter';
import { PenaltyOrder, type PenaltyFilter } from './penalty.inputs';
import type { KeysetOrder } from '@keyfield/core';

/** The WHERE clause of a penalty list. Withdrawn records stay out of lists. */
export function penaltyWhere(filter: PenaltyFilter | undefined, argument = 'filter'): SqlWhere {
  const where = new SqlWhere().add('p.withdrawn_at IS NULL');
  if (!filter) return where;
  const range = checkDateRange(filter.decisionDate, `${argument}.decisionDate`);
  where.addIf(filter.regionCode, 'p.region_code LIKE ?', (c) => `${regionPrefix(c, `${argument}.regionCode`)}%`);
  where.addIf(filter.authorityCode, 'p.authority_code = ?');
  where.addIf(range?.from, 'p.decision_date >= ?::date');
  where.addIf(range?.to, 'p.decision_date <= ?::date');
  where.addIf(filter.kind, '? = ANY(p.kinds)');
  where.addIf(filter.subjectKind, 'p.subject_kind = ?');
  where.addIf(filter.uscc, 'p.uscc = ?');
  if (filter.text) {
    const pattern = likePattern(filter.text);
    where.add("(p.subject_name ILIKE ? ESCAPE '\\' OR p.decision_number ILIKE ? ESCAPE '\\' OR p.authority_name ILIKE ? ESCAPE '\\')", pattern, pattern, pattern);
  }
  return where;
}

/** Keyset columns of each order: the decision date, then the id to break ties. */
export function penaltyOrder(order: PenaltyOrder | undefined): KeysetOrder {
  return { columns: ['p.decision_date', 'p.id'], direction: order === PenaltyOrder.DECISION_DATE_ASC ? 'ASC' : 'DESC' };
}
