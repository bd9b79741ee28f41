import { announceDataChanged, type Queryable } from '@keyfield/core';
import { WITHDRAWN_HASH } from '../kit/content-hash';
import type { TableSpec } from '../kit/table';

export const MISSING_FROM_SNAPSHOT = '完整快照中缺失 — missing from a complete pull of the upstream';

/** What a full run found, compared with what was stored before it. */
export interface Drift {
  /** Records of the source stored and not withdrawn before the pull. */
  stored: number;
  /** Records the complete pull held. */
  pulled: number;
  /** Stored records the pull no longer holds. */
  vanishing: number;
  /** Whether the vanishing was applied (withdrawn) or held for a person to confirm. */
  outcome: 'applied' | 'held' | 'none';
}

const keyExpr = (table: TableSpec): string => `concat_ws('|', ${table.key.map((k) => `"${k}"::text`).join(', ')})`;

/** Stored, not withdrawn records of `source` whose keys the complete pull did not hold. */
export async function countVanishing(db: Queryable, table: TableSpec, source: string, seen: string[]): Promise<{ stored: number; vanishing: number }> {
  const [row] = (await db.query(
    `SELECT count(*)::int AS stored, count(*) FILTER (WHERE NOT (${keyExpr(table)} = ANY($2::text[])))::int AS vanishing
     FROM ${table.table} WHERE source = $1 AND withdrawn_at IS NULL`,
    [source, seen],
  )) as { stored: number; vanishing: number }[];
  return row ?? { stored: 0, vanishing: 0 };
}

/** Withdraws them, marked with why. */
export async function withdrawVanishing(db: Queryable, table: TableSpec, source: string, seen: string[]): Promise<number> {
  const [row] = (await db.query(
    `WITH w AS (UPDATE ${table.table} SET withdrawn_at = now(), withdrawal_reason = $3, updated_at = now(), content_hash = ${WITHDRAWN_HASH}
       WHERE source = $1 AND withdrawn_at IS NULL AND NOT (${keyExpr(table)} = ANY($2::text[])) RETURNING 1)
     SELECT count(*)::int AS n FROM w`,
    [source, seen, MISSING_FROM_SNAPSHOT],
  )) as { n: number }[];
  const withdrawn = row?.n ?? 0;
  if (withdrawn > 0) await announceDataChanged(db, table.table);
  return withdrawn;
}

/** A released hold of this source not yet applied, if any: it permits one vanishing over the threshold. */
export async function releasedHold(db: Queryable, source: string): Promise<string | null> {
  const rows = (await db.query(
    `SELECT h.id::text AS id FROM sync.held_snapshot h WHERE h.source = $1 AND h.status = 'released' AND h.applied_at IS NULL ORDER BY h.id DESC LIMIT 1`,
    [source],
  )) as { id: string }[];
  return rows[0]?.id ?? null;
}

export async function markApplied(db: Queryable, holdId: string, runId: string): Promise<void> {
  await db.query('UPDATE sync.held_snapshot SET applied_at = now(), applied_run_id = $2 WHERE id = $1', [holdId, runId]);
}

/** Holds the vanishing for a person; an open hold of the source is updated rather than duplicated. */
export async function hold(db: Queryable, source: string, runId: string, drift: { stored: number; pulled: number; vanishing: number }, threshold: number): Promise<void> {
  await db.query(
    `INSERT INTO sync.held_snapshot (source, run_id, stored_count, snapshot_count, vanishing_count, threshold)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (source) WHERE status = 'held' DO UPDATE SET run_id = EXCLUDED.run_id, detected_at = now(),
       stored_count = EXCLUDED.stored_count, snapshot_count = EXCLUDED.snapshot_count, vanishing_count = EXCLUDED.vanishing_count,
       threshold = EXCLUDED.threshold`,
    [source, runId, drift.stored, drift.pulled, drift.vanishing, threshold],
  );
}
