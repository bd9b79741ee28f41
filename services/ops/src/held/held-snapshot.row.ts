import { shanghaiIso } from '../shared/timestamps';
import type { HeldSnapshot } from './held-snapshot.type';

/** The SELECT list of a held snapshot, under the names of HeldSnapshot (alias `h`). */
export const HELD_COLUMNS = `h.id::text AS id, h.source, ${shanghaiIso('h.detected_at')} AS "detectedAt",
  h.stored_count AS "storedCount", h.snapshot_count AS "snapshotCount", h.vanishing_count AS "vanishingCount",
  h.threshold::float8 AS threshold, h.status, ${shanghaiIso('h.decided_at')} AS "decidedAt", h.decided_by AS "decidedBy",
  h.run_id::text AS "runId", ${shanghaiIso('h.applied_at')} AS "appliedAt", h.applied_run_id::text AS "appliedRunId"`;

export type HeldRow = Omit<HeldSnapshot, 'vanishingShare'>;

export function toHeldSnapshot(row: HeldRow): HeldSnapshot {
  return { ...row, vanishingShare: row.storedCount > 0 ? row.vanishingCount / row.storedCount : 0 };
}
