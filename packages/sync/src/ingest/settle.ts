import { contentHash } from '../kit/content-hash';
import type { WriteCounts } from '../kit/table-writer';
import type { IngestRecordResult } from './ingest-result';
import { rejection, type Candidate } from './plan-batch';
import type { StoredVersion } from './stored-versions';

function notApplied(changedAt: string | null): string {
  return `库中版本较新，未应用 — the stored record changed upstream at ${changedAt ?? 'a later time'}, after this one; this record was not applied`;
}

/**
 * The answer for each candidate once the upsert ran: written rows are accepted (inserted or
 * updated); a skipped row is unchanged when its content hash is the stored one, else it lost to a
 * newer stored version. A skipped row with nothing stored is a bug, never an answer.
 */
export function settleCandidates(
  candidates: readonly Candidate[],
  written: WriteCounts['written'],
  stored: ReadonlyMap<string, StoredVersion>,
): IngestRecordResult[] {
  const writes = new Map(written.map((w) => [w.key, w.inserted]));
  return candidates.map(({ index, key, row }) => {
    const inserted = writes.get(key);
    if (inserted !== undefined) return { index, key, status: 'ACCEPTED', change: inserted ? 'INSERTED' : 'UPDATED', reason: null };
    const version = stored.get(key);
    if (version === undefined) throw new Error(`push ingest: row ${key} was neither written nor found stored`);
    if (version.hash === contentHash(row)) return { index, key, status: 'UNCHANGED', change: null, reason: null };
    return rejection(index, key, notApplied(version.changedAt));
  });
}
