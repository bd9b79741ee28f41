import type { Conversion, ConvertContext, Row } from '../kit/conversion';
import type { QuarantineEntry } from '../kit/quarantine';
import { naturalKey } from '../kit/table-writer';
import type { IngestRecordResult } from './ingest-result';
import type { IngestSource } from './ingest-source';
import { pushedSource, pushLocator } from './provenance';

/** A record that converted and is the last of its key in the batch: its row goes to the table. */
export interface Candidate {
  index: number;
  key: string;
  row: Row;
}

/** A batch sorted before any write: rows to upsert, answers already known, entries to quarantine. */
export interface IngestPlan {
  candidates: Candidate[];
  rejected: IngestRecordResult[];
  quarantine: QuarantineEntry[];
}

/** A rejection answer. */
export function rejection(index: number, key: string | null, reason: string): IngestRecordResult {
  return { index, key, status: 'REJECTED', change: null, reason };
}

function superseded(winner: number): string {
  return `批内主键重复，以序号 ${winner} 的记录为准 — the record at index ${winner} of this batch has the same key and takes this one's place`;
}

type Converted = { ok: true; row: Row; key: string } | Extract<Conversion, { ok: false }>;

/** One record converted; its row as pushed (`source` column, when the table has one, says so). */
function convertOne<W>(source: IngestSource<W>, record: W, ctx: ConvertContext): Converted {
  const c = source.convert(record, ctx);
  if (!c.ok) return c;
  const row = 'source' in c.row ? { ...c.row, source: pushedSource(source.name) } : c.row;
  return { ok: true, row, key: naturalKey(row, source.table.key) };
}

/** Index of the last convertible record of each natural key: the one a batch applies. */
function lastOfKey(converted: readonly Converted[]): Map<string, number> {
  const last = new Map<string, number>();
  converted.forEach((c, index) => {
    if (c.ok) last.set(c.key, index);
  });
  return last;
}

/**
 * Converts every record exactly as the pull sync does and sorts the batch: a record the converter
 * rejects is answered and quarantined; of records sharing a natural key only the last is kept (a
 * record that fails conversion supersedes nothing), the earlier ones answered with its index.
 */
export function planBatch<W>(source: IngestSource<W>, records: readonly W[], ctx: ConvertContext, requestId: string): IngestPlan {
  const converted = records.map((record) => convertOne(source, record, ctx));
  const last = lastOfKey(converted);
  const plan: IngestPlan = { candidates: [], rejected: [], quarantine: [] };
  converted.forEach((c, index) => {
    if (!c.ok) {
      plan.rejected.push(rejection(index, c.key ?? null, c.reason));
      plan.quarantine.push({ stage: c.stage, reason: c.reason, key: c.key, locator: pushLocator(requestId, index, ctx.fileName), record: records[index] ?? null, fileName: ctx.fileName ?? null });
      return;
    }
    const winner = last.get(c.key) ?? index;
    if (winner === index) plan.candidates.push({ index, key: c.key, row: c.row });
    else plan.rejected.push(rejection(index, c.key, superseded(winner)));
  });
  return plan;
}
