import type { DataSource } from 'typeorm';
import type { Batch } from '../kit/stream';
import type { SourceSpec } from '../kit/table';
import { commitGroup, type Seen } from './commit-group';
import type { SyncCounts } from './counts';
import { prepareBatch, type PreparedBatch } from './prepare';
import { grouped, readAhead } from './read-ahead';

export interface PipelineOptions {
  runId: string;
  counts: SyncCounts;
  seen: Seen;
  /** Whether committed groups move the stored cursor (not when replaying the archive). */
  keepState: boolean;
  groupRecords: number;
  signal?: AbortSignal;
  onCommit?: (locator: string | undefined) => void;
}

/** Thrown when the signal aborts a run; the run is recorded as timed out. */
export class RunAborted extends Error {
  constructor(readonly reason: unknown) {
    super(`sync run aborted: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'RunAborted';
  }
}

// Each batch is converted as soon as it is read, so its wire records die young (cheap to collect)
// instead of waiting for the rest of their group.
async function* prepared<W, S>(source: SourceSpec<W, S>, batches: AsyncIterable<Batch<W, S>>): AsyncGenerator<PreparedBatch<W, S>> {
  for await (const batch of batches) yield await prepareBatch(source, batch);
}

/**
 * A pulled group does not wait for its WAL to reach the disk (about 7 ms a commit here, with Node
 * idle meanwhile). Safe because the cursor moves in the same transaction: should Postgres itself
 * crash, it loses the last groups whole, cursor included, and the next run fetches them again —
 * never a row without its cursor or the reverse. Push ingest answers its caller, so it keeps the
 * durable commit.
 */
const ASYNCHRONOUS_COMMIT = 'SET LOCAL synchronous_commit = off';

/**
 * Three stages, each ahead of the next: the stream fetches (a batch ahead), Node converts and hashes
 * (a group ahead), Postgres commits. So the HTTP wait, the CPU work and the database's work overlap
 * instead of adding up.
 */
export async function runPipeline<W, S>(db: DataSource, source: SourceSpec<W, S>, batches: AsyncIterable<Batch<W, S>>, o: PipelineOptions): Promise<void> {
  const groups = grouped(prepared(source, readAhead(batches)), (p) => p.batch.records.length, o.groupRecords, o.signal);
  for await (const group of readAhead(groups)) {
    if (o.signal?.aborted) break;
    await db.transaction(async (tx) => {
      await tx.query(ASYNCHRONOUS_COMMIT);
      await commitGroup(tx, source, group, o.runId, o.counts, o.seen, o.keepState);
    });
    o.onCommit?.(group[group.length - 1]?.batch.locator);
  }
  // The grouping stage stops pulling pages once aborted, which ends the loop early: that is no success.
  if (o.signal?.aborted) throw new RunAborted(o.signal.reason);
}
