/** What push ingest did with one record (api.md "Writes": accepted, unchanged, rejected with reason). */
export type IngestStatus = 'ACCEPTED' | 'UNCHANGED' | 'REJECTED';

/** How an accepted record reached its table. */
export type IngestChange = 'INSERTED' | 'UPDATED';

/** The answer for one pushed record, at its position in the batch. */
export interface IngestRecordResult {
  /** 0-based position of the record in the pushed batch. */
  index: number;
  /** Natural key (key columns joined by `|`); null when the record's key could not be read. */
  key: string | null;
  status: IngestStatus;
  /** For `ACCEPTED` only: a new row, or a stored row whose content changed. */
  change: IngestChange | null;
  /** For `REJECTED` only: why, naming the field (the converter's words) or the record that won. */
  reason: string | null;
}

/** The answer for a whole batch: counts, then one result per record in input order. */
export interface IngestOutcome {
  /** Names the push in quarantine locators: `push:<requestId>#<index>` (`@<fileName>` for file records). */
  requestId: string;
  /** `inserted + updated`. */
  accepted: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Accepted records that withdraw their row (operation `D`). */
  withdrawn: number;
  /** Rejected records newly filed in `sync.quarantine` (an identical open entry is not filed twice). */
  quarantined: number;
  results: IngestRecordResult[];
}
