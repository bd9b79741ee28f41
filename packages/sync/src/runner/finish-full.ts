import type { DataSource } from 'typeorm';
import type { SourceSpec } from '../kit/table';
import type { SyncCounts } from './counts';
import { countVanishing, hold, markApplied, releasedHold, withdrawVanishing } from './reconcile';
import type { RunStatus } from './run-record';

/**
 * After a complete pull: stored records the pull no longer holds are withdrawn — unless more than
 * `holdShare` of the stored records would vanish at once (an outage's empty snapshot looks exactly
 * like that), in which case nothing is withdrawn and the snapshot is held until a person releases it.
 * A released hold lets the next full run apply the vanishing once.
 */
export async function finishFullRun<W, S>(db: DataSource, source: SourceSpec<W, S>, runId: string, seen: string[], counts: SyncCounts, holdShare: number): Promise<RunStatus> {
  return db.transaction(async (tx) => {
    const drift = await countVanishing(tx, source.table, source.name, seen);
    counts.reconciled(drift.stored, seen.length, drift.vanishing);
    if (drift.vanishing === 0) return 'succeeded';
    const released = await releasedHold(tx, source.name);
    if (!released && drift.vanishing / Math.max(drift.stored, 1) > holdShare) {
      await hold(tx, source.name, runId, { ...drift, pulled: seen.length }, holdShare);
      return 'held';
    }
    counts.withdrawn += await withdrawVanishing(tx, source.table, source.name, seen);
    if (released) await markApplied(tx, released, runId);
    return 'succeeded';
  });
}
