import { announceWritten, userInputError } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { quarantine } from '../kit/quarantine';
import { upsertRows } from '../kit/table-writer';
import { SyncCounts } from '../runner/counts';
import { closeRun, openRun } from '../runner/run-record';
import type { IngestOutcome, IngestRecordResult } from './ingest-result';
import type { IngestSource } from './ingest-source';
import { planBatch } from './plan-batch';
import { settleCandidates } from './settle';
import { storedVersions } from './stored-versions';

export interface IngestOptions {
  /** Names the push in quarantine locators (`push:<requestId>#<index>`, see `pushLocator`) and in the answer. */
  requestId: string;
  /** Records one call may carry (INGEST_MAX_RECORDS); more is the caller's mistake. */
  maxRecords: number;
  /** For converters of daily files (permits): the file the records belong to. */
  fileName?: string;
  /** ISO instant the batch was received, the rows' `fetched_at`; now when omitted. */
  receivedAt?: string;
}

function assertWithinLimit(count: number, max: number): void {
  if (count <= max) return;
  throw userInputError('records', `${count} records are more than the ${max} one call may carry`, `Split the batch into calls of at most ${max} records`);
}

function outcome(requestId: string, results: IngestRecordResult[], withdrawn: number, quarantined: number): IngestOutcome {
  const count = (test: (r: IngestRecordResult) => boolean) => results.filter(test).length;
  const inserted = count((r) => r.change === 'INSERTED');
  const updated = count((r) => r.change === 'UPDATED');
  return {
    requestId, accepted: inserted + updated, inserted, updated,
    unchanged: count((r) => r.status === 'UNCHANGED'), rejected: count((r) => r.status === 'REJECTED'),
    withdrawn, quarantined, results: results.sort((a, b) => a.index - b.index),
  };
}

/**
 * Push ingest (api.md "Writes"): converts every record with the source's own converter, as the pull
 * sync does, then in one transaction upserts the valid rows on their natural key and quarantines
 * the rejects. Answers one result per record, in input order. Rows say `source = push:<name>`.
 * Sending the same batch again answers UNCHANGED (and the same rejections) and changes nothing.
 */
export async function ingestBatch<W>(db: DataSource, source: IngestSource<W>, records: readonly W[], options: IngestOptions): Promise<IngestOutcome> {
  assertWithinLimit(records.length, options.maxRecords);
  const ctx = { source: source.name, fetchedAt: options.receivedAt ?? new Date().toISOString(), fileName: options.fileName };
  const plan = planBatch(source, records, ctx, options.requestId);
  return db.transaction(async (tx) => {
    // The push appears in the run history with the pulls, committed with what it wrote.
    const runId = await openRun(tx, source.name, 'push', 'push', `push:${options.requestId}`);
    const written = await upsertRows(tx, source.table, plan.candidates.map((c) => c.row));
    await announceWritten(tx, source.table.table, written);
    const writtenKeys = new Set(written.written.map((w) => w.key));
    const skipped = plan.candidates.filter((c) => !writtenKeys.has(c.key)).map((c) => c.row);
    const stored = await storedVersions(tx, source.table, skipped);
    const quarantined = await quarantine(tx, source.name, plan.quarantine);
    const settled = settleCandidates(plan.candidates, written.written, stored);
    const counts = new SyncCounts(source.name);
    counts.add(records.length, written, plan.quarantine.length);
    await closeRun(tx, runId, 'succeeded', counts, null);
    return outcome(options.requestId, [...plan.rejected, ...settled], written.withdrawn, quarantined);
  });
}
