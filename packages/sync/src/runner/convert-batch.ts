import type { Conversion, Row } from '../kit/conversion';
import type { QuarantineEntry } from '../kit/quarantine';
import type { Batch } from '../kit/stream';
import type { SourceSpec } from '../kit/table';
import { inSlices } from './slices';

/**
 * Converts every record of a batch: rows for the table, and quarantine entries for the records and
 * lines that could not be converted, each with its locator (the raw page is attached at commit).
 * Converted in slices (see `inSlices`), so a commit in flight is not held up.
 */
export async function convertBatch<W, S>(source: SourceSpec<W, S>, batch: Batch<W, S>): Promise<{ rows: Row[]; rejected: QuarantineEntry[] }> {
  const rows: Row[] = [];
  const fileName = batch.fileName ?? null;
  const rejected: QuarantineEntry[] = (batch.parseErrors ?? []).map((e) => ({
    stage: 'parse', reason: e.reason, locator: e.locator, record: e.raw ?? null, fileName,
  }));
  await inSlices(batch.records, (record, i) => {
    const result: Conversion = source.convert(record, { source: source.name, fetchedAt: batch.fetchedAt, fileName: batch.fileName });
    if (result.ok) rows.push(result.row);
    else rejected.push({ stage: result.stage, reason: result.reason, key: result.key, locator: `${batch.locator}#${i}`, record, fileName });
  });
  return { rows, rejected };
}
