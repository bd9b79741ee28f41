import type { WriteCounts } from '../kit/table-writer';

/** What one run of one source did, as the CLI prints it. */
export class SyncCounts {
  fetched = 0;
  inserted = 0;
  updated = 0;
  unchanged = 0;
  withdrawn = 0;
  quarantined = 0;
  batches = 0;

  constructor(readonly source: string) {}

  add(fetched: number, written: WriteCounts, quarantined: number): void {
    this.fetched += fetched;
    this.inserted += written.inserted;
    this.updated += written.updated;
    this.unchanged += written.unchanged;
    this.withdrawn += written.withdrawn;
    this.quarantined += quarantined;
    this.batches += 1;
  }

  snapshot(): Record<string, number> {
    const { fetched, inserted, updated, unchanged, withdrawn, quarantined, batches } = this;
    return { fetched, inserted, updated, unchanged, withdrawn, quarantined, batches };
  }
}

