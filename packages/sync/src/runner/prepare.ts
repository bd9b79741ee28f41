import type { Row } from '../kit/conversion';
import { contentHash } from '../kit/content-hash';
import type { QuarantineEntry } from '../kit/quarantine';
import type { Batch } from '../kit/stream';
import type { SourceSpec } from '../kit/table';
import { naturalKey } from '../kit/table-writer';
import { convertBatch } from './convert-batch';
import { inSlices } from './slices';

/** A batch converted and hashed, ready to commit: all the CPU work, none of the database's. */
export interface PreparedBatch<W, S> {
  batch: Batch<W, S>;
  rows: Row[];
  rejected: QuarantineEntry[];
  /** Natural keys of the rows and the rejects that had one. */
  keys: string[];
}

/**
 * Converts and hashes a batch. Done one group ahead of the commit, so Node converts the next group
 * while Postgres writes the current one. The raw page id is filled in at commit, once archived.
 */
export async function prepareBatch<W, S>(source: SourceSpec<W, S>, batch: Batch<W, S>): Promise<PreparedBatch<W, S>> {
  const { rows, rejected } = await convertBatch(source, batch);
  await inSlices(rows, (row) => {
    row['content_hash'] = contentHash(row);
  });
  const keys = [...rows.map((r) => naturalKey(r, source.table.key)), ...rejected.flatMap((r) => (r.key ? [r.key] : []))];
  return { batch, rows, rejected, keys };
}

/** Points the prepared rows and rejects at their archived bytes. */
export function attachRawPage(prepared: PreparedBatch<unknown, unknown>, rawPageId: string | null): void {
  if (rawPageId === null) return;
  for (const row of prepared.rows) row['raw_page_id'] = rawPageId;
  for (const entry of prepared.rejected) entry.rawPageId = rawPageId;
}
