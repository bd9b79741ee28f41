import { contentHash } from '../kit/content-hash';
import { encodeRows, type EncodedRows } from '../kit/encoded-upsert';
import type { QuarantineEntry } from '../kit/quarantine';
import type { Batch } from '../kit/stream';
import type { SourceSpec } from '../kit/table';
import { convertBatch } from './convert-batch';
import { inSlices } from './slices';

/** A batch converted, hashed and encoded, ready to commit: all the CPU work, none of the database's. */
export interface PreparedBatch<W, S> {
  batch: Batch<W, S>;
  /**
   * The rows as COPY text, not as objects: kept until the group commits, a row object and its
   * thirty strings would outlive the young generation and cost the collector twice.
   */
  rows: EncodedRows;
  rejected: QuarantineEntry[];
  /** Natural keys of the rows and the rejects that had one. */
  keys: string[];
}

/**
 * Converts, hashes and encodes a batch. Done one group ahead of the commit, so Node converts the
 * next group while Postgres writes the current one. The raw page id is added at commit, once archived.
 */
export async function prepareBatch<W, S>(source: SourceSpec<W, S>, batch: Batch<W, S>): Promise<PreparedBatch<W, S>> {
  const { rows, rejected } = await convertBatch(source, batch);
  await inSlices(rows, (row) => {
    row['content_hash'] = contentHash(row);
  });
  const encoded = encodeRows(rows, source.table.key);
  return { batch, rows: encoded, rejected, keys: [...encoded.keys, ...rejected.flatMap((r) => (r.key ? [r.key] : []))] };
}
