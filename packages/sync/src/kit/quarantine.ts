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
}

/**
 * Writes entries; the same open record (or, for a line with no record, the same locator) with the
 * same reason is kept once. Returns how many are new.
 */
export async function quarantine(db: Queryable, source: string, entries: QuarantineEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const rows = (await db.query(
    `INSERT INTO sync.quarantine (source, stage, reason, locator, record_key, record, raw_page_id)
     SELECT $1, e.stage, e.reason, e.locator, e.key, e.record, e."rawPageId"
     FROM jsonb_to_recordset($2::jsonb) AS e(stage text, reason text, locator text, key text, record jsonb, "rawPageId" bigint)
     ON CONFLICT (source, md5(coalesce(record::text, locator) || reason)) WHERE resolved_at IS NULL DO NOTHING
     RETURNING id`,
    [source, JSON.stringify(entries.map((e) => ({ ...e, record: e.record ?? null })))],
  )) as unknown[];
  return rows.length;
}
