import type { Queryable } from '@keyfield/core';
import type { Stage } from './conversion';

/** A record that could not be stored, with why and where it came from. */
export interface QuarantineEntry {
  stage: Stage;
  reason: string;
  locator: string;
  key?: string;
  /** The wire record (or raw line) as received; kept so it can be re-driven after a fix. */
  record: unknown;
  /** The archived bytes it came from (sync.raw_page), when it was fetched. */
  rawPageId?: string | null;
  /** The file it came from (file feeds; their converters need it to re-drive). */
  fileName?: string | null;
}

/** How an entry was closed: its record stored, a newer version already stored, or closed by hand. */
export type Resolution = 'stored' | 'superseded' | 'resolved';

/** Closes entries, recording how, by whom and why. */
export async function closeQuarantine(db: Queryable, ids: readonly string[], resolution: Resolution, by: string, note: string | null = null): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE sync.quarantine SET resolved_at = now(), resolution = $2, resolved_by = $3, resolution_note = $4 WHERE id = ANY($1::bigint[]) AND resolved_at IS NULL`,
    [ids, resolution, by, note],
  );
}

/**
 * Writes entries; the same open record (or, for a line with no record, the same locator) with the
 * same reason is kept once. Returns how many are new.
 */
export async function quarantine(db: Queryable, source: string, entries: QuarantineEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const rows = (await db.query(
    `INSERT INTO sync.quarantine (source, stage, reason, locator, record_key, record, raw_page_id, file_name)
     SELECT $1, e.stage, e.reason, e.locator, e.key, e.record, e."rawPageId", e."fileName"
     FROM jsonb_to_recordset($2::jsonb) AS e(stage text, reason text, locator text, key text, record jsonb, "rawPageId" bigint, "fileName" text)
     ON CONFLICT (source, md5(coalesce(record::text, locator) || reason)) WHERE resolved_at IS NULL DO NOTHING
     RETURNING id`,
    [source, JSON.stringify(entries.map((e) => ({ ...e, record: e.record ?? null })))],
  )) as unknown[];
  return rows.length;
}
