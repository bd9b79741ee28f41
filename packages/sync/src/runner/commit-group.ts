import { announceWritten } from '@keyfield/core';
import type { EntityManager } from 'typeorm';
import { archivePage } from '../archive/raw-page';
import { upsertEncoded, type EncodedBatch } from '../kit/encoded-upsert';
import { quarantine } from '../kit/quarantine';
import { saveState } from '../kit/state-store';
import type { SourceSpec } from '../kit/table';
import type { SyncCounts } from './counts';
import { PartitionKeys, withdrawMissing } from './partition';
import type { PreparedBatch } from './prepare';
import { beat } from './run-record';

/** Keys a run has seen: the whole pull's (full runs reconcile against them) and per partition. */
export interface Seen {
  all: Set<string> | null;
  partitions: PartitionKeys;
}

/**
 * Prepared batches in one transaction: raw bytes archived, rows upserted (a later page wins a
 * repeated key), rejects quarantined, complete partitions reconciled, heartbeat moved, and — unless
 * replaying — the cursor moved to the last batch's state.
 */
export async function commitGroup<W, S>(tx: EntityManager, source: SourceSpec<W, S>, group: PreparedBatch<W, S>[], runId: string, counts: SyncCounts, seen: Seen, keepState: boolean): Promise<void> {
  const finished: { column: string; value: string }[] = [];
  const encoded: EncodedBatch[] = [];
  for (const prepared of group) {
    const { batch } = prepared;
    const rawPageId = batch.rawPageId ?? (batch.raw ? await archivePage(tx, source.name, batch.raw) : null);
    encoded.push({ rows: prepared.rows, rawPageId });
    if (rawPageId !== null) for (const entry of prepared.rejected) entry.rawPageId = rawPageId;
    for (const k of prepared.keys) seen.all?.add(k);
    if (batch.partition) seen.partitions.add(batch.partition.value, prepared.keys);
    if (batch.partition?.last) finished.push(batch.partition);
  }
  // Replaying archived bytes (keepState false) must not undo a withdrawal made since they were fetched.
  const written = await upsertEncoded(tx, source.table, encoded, { restoreWithdrawn: keepState });
  await announceWritten(tx, source.table.table, written);
  for (const p of finished) written.withdrawn += await withdrawMissing(tx, source.table, source.name, p.column, p.value, seen.partitions.take(p.value));
  const rejected = group.flatMap((p) => p.rejected);
  await quarantine(tx, source.name, rejected);
  const last = group[group.length - 1];
  if (last && keepState) await saveState(tx, source.name, last.batch.stateAfter);
  counts.add(group.reduce((n, p) => n + p.batch.records.length + (p.batch.parseErrors?.length ?? 0), 0), written, rejected.length);
  await beat(tx, runId, counts);
}
