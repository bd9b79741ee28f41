import { announceDataChanged, type Queryable } from '@keyfield/core';
import { WITHDRAWN_HASH } from '../kit/content-hash';
import type { TableSpec } from '../kit/table';

export const MISSING_FROM_PARTITION = '上游更正后不再包含 — no longer in the corrected upstream file';

/** Keys seen per complete partition during a run, until its last batch. */
export class PartitionKeys {
  private readonly keys = new Map<string, Set<string>>();

  add(partition: string, keys: Iterable<string>): void {
    const set = this.keys.get(partition) ?? new Set<string>();
    for (const k of keys) set.add(k);
    this.keys.set(partition, set);
  }

  /** The keys of a finished partition, forgotten afterwards. */
  take(partition: string): string[] {
    const set = this.keys.get(partition) ?? new Set<string>();
    this.keys.delete(partition);
    return [...set];
  }
}

/** Withdraws the partition's stored records of this source (not pushed ones) whose keys the complete partition no longer holds. */
export async function withdrawMissing(db: Queryable, table: TableSpec, source: string, column: string, value: string, keys: string[]): Promise<number> {
  const keyExpr = `concat_ws('|', ${table.key.map((k) => `"${k}"::text`).join(', ')})`;
  // Counted in SQL: TypeORM answers an UPDATE … RETURNING with [rows, rowCount], not rows.
  const rows = (await db.query(
    `WITH w AS (UPDATE ${table.table} SET withdrawn_at = now(), withdrawal_reason = $3, updated_at = now(), content_hash = ${WITHDRAWN_HASH}
       WHERE source = $4 AND "${column}" = $1 AND withdrawn_at IS NULL AND NOT (${keyExpr} = ANY($2::text[])) RETURNING 1)
     SELECT count(*)::int AS n FROM w`,
    [value, keys, MISSING_FROM_PARTITION, source],
  )) as { n: number }[];
  const withdrawn = rows[0]?.n ?? 0;
  if (withdrawn > 0) await announceDataChanged(db, table.table);
  return withdrawn;
}
