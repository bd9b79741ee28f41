import type { TableSpec } from './table';

/** Which guard the merge adds for withdrawn rows (see `UpsertOptions.restoreWithdrawn`). */
export interface MergeGuards {
  restoreWithdrawn: boolean;
}

/** What the merge answers for each row it wrote. */
export interface Merged {
  inserted: boolean;
  withdrawn: boolean;
  key: string;
}

const quoted = (columns: readonly string[]): string => columns.map((c) => `"${c}"`).join(', ');

/**
 * `INSERT … SELECT columns FROM <from> ON CONFLICT (key) DO UPDATE … RETURNING` for rows unique on
 * the key. A row is not written when its content hash equals the stored one, nor when it is older
 * upstream than the stored version (a corrected old file, a replayed page, a late duplicate must not
 * undo a newer change), nor — unless `restoreWithdrawn` — over a record withdrawn here at the same
 * version. Each written row answers whether it was inserted, whether it is withdrawn, and its key.
 */
export function mergeSql(spec: TableSpec, columns: readonly string[], from: string, guards: MergeGuards): string {
  const list = quoted(columns);
  const updates = columns.filter((c) => !spec.key.includes(c)).map((c) => `"${c}" = EXCLUDED."${c}"`);
  return `INSERT INTO ${spec.table} AS t (${list})
    SELECT ${list} FROM ${from}
    ON CONFLICT (${quoted(spec.key)}) DO UPDATE SET ${updates.join(', ')}, updated_at = now()
    WHERE t.content_hash IS DISTINCT FROM EXCLUDED.content_hash AND EXCLUDED.upstream_changed_at >= t.upstream_changed_at
      ${guards.restoreWithdrawn ? '' : `AND (t.content_hash NOT LIKE 'withdrawn:%' OR EXCLUDED.upstream_changed_at > t.upstream_changed_at)`}
    RETURNING (xmax = 0) AS inserted, (withdrawn_at IS NOT NULL) AS withdrawn, concat_ws('|', ${spec.key.map((k) => `"${k}"::text`).join(', ')}) AS key`;
}
