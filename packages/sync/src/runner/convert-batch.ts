import type { Conversion, Row } from '../kit/conversion';
import type { QuarantineEntry } from '../kit/quarantine';
import type { Batch } from '../kit/stream';
import type { SourceSpec } from '../kit/table';

/**
 * Converts every record of a batch: rows for the table (pointing at their raw page), and quarantine
 * entries for the records and lines that could not be converted, each with its locator.
 */
export function convertBatch<W, S>(source: SourceSpec<W, S>, batch: Batch<W, S>, rawPageId: string | null): { rows: Row[]; rejected: QuarantineEntry[] } {
  const rows: Row[] = [];
  const fileName = batch.fileName ?? null;
  const rejected: QuarantineEntry[] = (batch.parseErrors ?? []).map((e) => ({
    stage: 'parse', reason: e.reason, locator: e.locator, record: e.raw ?? null, rawPageId, fileName,
  }));
  batch.records.forEach((record, i) => {
    const result: Conversion = source.convert(record, { source: source.name, fetchedAt: batch.fetchedAt, fileName: batch.fileName });
    if (result.ok) rows.push(rawPageId === null ? result.row : { ...result.row, raw_page_id: rawPageId });
    else rejected.push({ stage: result.stage, reason: result.reason, key: result.key, locator: `${batch.locator}#${i}`, record, rawPageId, fileName });
  });
  return { rows, rejected };
}
