import { announceWritten, type Queryable } from '@keyfield/core';
import { contentHash, storedVersions, upsertRows, type Row, type TableSpec } from '@keyfield/sync';
import { shanghaiIsoOf } from '../shared/timestamps';
import { RecordChange, RedriveOutcome } from './redrive-result.type';

/** A re-converted entry whose row is to be upserted. */
export interface Candidate {
  id: string;
  key: string;
  row: Row;
}

/** How one candidate ended. */
export interface StoreVerdict {
  id: string;
  outcome: RedriveOutcome.STORED | RedriveOutcome.SUPERSEDED;
  change: RecordChange | null;
  reason: string | null;
}

const newerStored = (changedAt: string | null): string =>
  `库中版本较新 — the table holds a version of this record changed upstream at ${changedAt ? shanghaiIsoOf(changedAt) : 'a later time'}; this older one was not applied`;
const laterInCall = (id: string): string => `同批次有更新的记录 — entry ${id} of this call carries the same record key and was applied instead`;

/**
 * Upserts the rows of one table as the sync does (`upsertRows`: natural key, content hash, never
 * older over newer) and says per entry what happened: stored (inserted, updated or already so), or
 * superseded by a newer stored version. Of entries sharing a key, the last (highest id) is applied.
 */
export async function storeCandidates(tx: Queryable, table: TableSpec, candidates: readonly Candidate[]): Promise<StoreVerdict[]> {
  const lastOfKey = new Map<string, string>();
  for (const c of candidates) lastOfKey.set(c.key, c.id);
  const applied = candidates.filter((c) => lastOfKey.get(c.key) === c.id);
  const written = await upsertRows(tx, table, applied.map((c) => c.row));
  await announceWritten(tx, table.table, written);
  const writes = new Map(written.written.map((w) => [w.key, w.inserted]));
  const stored = await storedVersions(tx, table, applied.filter((c) => !writes.has(c.key)).map((c) => c.row));
  return candidates.map((c): StoreVerdict => {
    const winner = lastOfKey.get(c.key) ?? c.id;
    if (winner !== c.id) return { id: c.id, outcome: RedriveOutcome.SUPERSEDED, change: null, reason: laterInCall(winner) };
    const inserted = writes.get(c.key);
    if (inserted !== undefined) return { id: c.id, outcome: RedriveOutcome.STORED, change: inserted ? RecordChange.INSERTED : RecordChange.UPDATED, reason: null };
    const version = stored.get(c.key);
    if (version?.hash === contentHash(c.row)) return { id: c.id, outcome: RedriveOutcome.STORED, change: RecordChange.UNCHANGED, reason: null };
    return { id: c.id, outcome: RedriveOutcome.SUPERSEDED, change: null, reason: newerStored(version?.changedAt ?? null) };
  });
}
