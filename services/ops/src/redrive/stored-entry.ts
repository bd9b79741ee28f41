import type { Queryable } from '@keyfield/core';

/** A quarantine entry as re-drive needs it: the raw record, and where and when it was fetched. */
export interface StoredEntry {
  id: string;
  source: string;
  stage: string;
  reason: string;
  locator: string;
  recordKey: string | null;
  record: unknown;
  resolved: boolean;
  rawPageId: string | null;
  /** URL of the raw page; null for pushed records. */
  pageUrl: string | null;
  /** The file the record came from (file feeds), as the sync recorded it. */
  fileName: string | null;
  /** ISO instant the record was fetched (its raw page), or quarantined when there is no page. */
  fetchedAt: string;
}

/** Loads the entries and locks them for the transaction: two re-drives of one entry run one after the other. */
export async function lockEntries(tx: Queryable, ids: readonly string[]): Promise<StoredEntry[]> {
  const rows = (await tx.query(
    `SELECT q.id::text AS id, q.source, q.stage, q.reason, q.locator, q.record_key AS "recordKey", q.record,
       q.resolved_at IS NOT NULL AS resolved, q.raw_page_id::text AS "rawPageId", p.url AS "pageUrl", q.file_name AS "fileName",
       coalesce(p.fetched_at, q.created_at) AS "fetchedAt"
     FROM sync.quarantine q LEFT JOIN sync.raw_page p ON p.id = q.raw_page_id
     WHERE q.id = ANY($1::bigint[]) ORDER BY q.id FOR UPDATE OF q`,
    [ids],
  )) as (Omit<StoredEntry, 'fetchedAt'> & { fetchedAt: Date })[];
  return rows.map((r) => ({ ...r, fetchedAt: r.fetchedAt.toISOString() }));
}
