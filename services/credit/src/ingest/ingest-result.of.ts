import type { IngestOutcome } from '@keyfield/sync';
import { IngestRecordResult, IngestResult } from './ingest-result.type';
import { IngestChange, IngestStatus } from './ingest-status';

/** The schema's IngestResult of a batch's outcome; `reasonFor` may reword reasons for the caller. */
export function ingestResultOf(outcome: IngestOutcome, reasonFor: (reason: string) => string = (r) => r): IngestResult {
  const { results, ...counts } = outcome;
  return Object.assign(new IngestResult(), counts, {
    results: results.map((r) => Object.assign(new IngestRecordResult(), {
      index: r.index,
      key: r.key,
      status: IngestStatus[r.status],
      change: r.change === null ? null : IngestChange[r.change],
      reason: r.reason === null ? null : reasonFor(r.reason),
    })),
  });
}
