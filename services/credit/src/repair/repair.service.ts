import { byKey, keyLookups, selectForView, SqlWhere, whereForView, type LoaderRegistry, type RecordView, checkDateRange, ListReader } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { recordRule } from '../publicity/listing-rule';
import type { RepairFilter } from './repair.inputs';
import { REPAIR_COLUMNS, toRepair, type RepairRow } from './repair.row';
import type { CreditRepair } from './repair.type';

function repairWhere(filter: RepairFilter | undefined): SqlWhere {
  const where = new SqlWhere();
  const range = checkDateRange(filter?.repairDate, 'filter.repairDate');
  where.addIf(filter?.authorityCode, 'r.authority_code = ?');
  where.addIf(range?.from, 'r.repair_date >= ?::date');
  return where.addIf(range?.to, 'r.repair_date <= ?::date');
}

/** Reads credit repairs: a root list, and the repair of each penalty (batched). */
export class RepairService extends ListReader<RepairRow, CreditRepair, RepairFilter, never> {
  constructor(private readonly database: DataSource) {
    super(database, {
      name: 'repair', from: 'credit.repair r', alias: 'r', publicity: recordRule, select: REPAIR_COLUMNS, where: repairWhere,
      order: () => ({ columns: ['r.repair_date', 'r.id'], direction: 'DESC' }), keyOf: (r) => [r.repairDate, r.id], toNode: toRepair,
    });
  }

  /** The repair of a penalty (decision number + authority code), or null. */
  ofPenalty(loaders: LoaderRegistry, decisionNumber: string, authorityCode: string, view: RecordView): Promise<CreditRepair | null> {
    return loaders.get<string, CreditRepair | null>(`repair.ofPenalty:${view.beyondPublic}`, async (keys) => {
      const where = new SqlWhere().add("r.decision_number || '|' || r.authority_code = ANY(?)", keys);
      whereForView(where, view, recordRule, 'r');
      const select = selectForView(REPAIR_COLUMNS, view, recordRule, 'r');
      const rows = (await keyLookups(this.database).query(`SELECT ${select} FROM credit.repair r ${where.sql}`, where.params)) as RepairRow[];
      return byKey(keys, rows, (r) => r.penaltyKey).map((r) => (r ? toRepair(r) : null));
    }).load(`${decisionNumber}|${authorityCode}`);
  }
}
