import { byKey, SqlWhere, type LoaderRegistry } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { checkDateRange } from '../shared/date-range.input';
import { ListReader } from '../shared/list-reader';
import type { RepairFilter } from './repair.inputs';
import { REPAIR_COLUMNS, toRepair, type RepairRow } from './repair.row';
import type { CreditRepair } from './repair.type';

function repairWhere(filter: RepairFilter | undefined): SqlWhere {
  const where = new SqlWhere().add('r.withdrawn_at IS NULL');
  const range = checkDateRange(filter?.repairDate, 'filter.repairDate');
  where.addIf(filter?.authorityCode, 'r.authority_code = ?');
  where.addIf(range?.from, 'r.repair_date >= ?::date');
  return where.addIf(range?.to, 'r.repair_date <= ?::date');
}

/** Reads credit repairs: a root list, and the repair of each penalty (batched). */
export class RepairService extends ListReader<RepairRow, CreditRepair, RepairFilter, never> {
  constructor(private readonly database: DataSource) {
    super(database, {
      name: 'repair', from: 'credit.repair r', select: REPAIR_COLUMNS, where: repairWhere,
      order: () => ({ columns: ['r.repair_date', 'r.id'], direction: 'DESC' }), keyOf: (r) => [r.repairDate, r.id], toNode: toRepair,
    });
  }

  /** The repair of a penalty (decision number + authority code), or null. */
  ofPenalty(loaders: LoaderRegistry, decisionNumber: string, authorityCode: string): Promise<CreditRepair | null> {
    return loaders.get<string, CreditRepair | null>('repair.ofPenalty', async (keys) => {
      const rows = (await this.database.query(
        `SELECT ${REPAIR_COLUMNS} FROM credit.repair r WHERE r.withdrawn_at IS NULL AND r.decision_number || '|' || r.authority_code = ANY($1)`,
        [keys])) as RepairRow[];
      return byKey(keys, rows, (r) => r.penaltyKey).map((r) => (r ? toRepair(r) : null));
    }).load(`${decisionNumber}|${authorityCode}`);
  }
}
