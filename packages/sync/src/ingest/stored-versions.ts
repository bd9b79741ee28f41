import type { Queryable } from '@keyfield/core';
import type { Row } from '../kit/conversion';
import type { TableSpec } from '../kit/table';

/** What is stored under a natural key: its content hash and when the upstream last changed it. */
export interface StoredVersion {
  hash: string;
  /** ISO instant, or null for a table without `upstream_changed_at`. */
  changedAt: string | null;
}

/**
 * The stored versions of the rows an upsert did not write, by natural key (key columns joined by
 * `|`, as `upsertRows` reports them): one indexed query, so a skipped row can be told apart as
 * unchanged (same hash) or not applied because the stored version is newer upstream.
 */
export async function storedVersions(db: Queryable, spec: TableSpec, rows: readonly Row[]): Promise<Map<string, StoredVersion>> {
  if (rows.length === 0) return new Map();
  const keys = rows.map((row) => Object.fromEntries(spec.key.map((k) => [k, row[k] ?? null])));
  const join = spec.key.map((k) => `t."${k}" = r."${k}"`).join(' AND ');
  const found = (await db.query(
    `SELECT concat_ws('|', ${spec.key.map((k) => `t."${k}"::text`).join(', ')}) AS key, t.content_hash AS hash,
       to_jsonb(t) ->> 'upstream_changed_at' AS "changedAt"
     FROM jsonb_populate_recordset(NULL::${spec.table}, $1::jsonb) AS r JOIN ${spec.table} t ON ${join}`,
    [JSON.stringify(keys)],
  )) as ({ key: string } & StoredVersion)[];
  return new Map(found.map(({ key, hash, changedAt }) => [key, { hash, changedAt }]));
}
