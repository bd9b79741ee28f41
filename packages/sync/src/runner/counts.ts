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
  /** Full runs: stored records before reconciling, records pulled, and stored ones the pull lacked. */
  stored: number | null = null;
  pulled: number | null = null;
  vanishing: number | null = null;

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

  /** Records what a full run's reconciliation found (the drift report). */
  reconciled(stored: number, pulled: number, vanishing: number): void {
    this.stored = stored;
    this.pulled = pulled;
    this.vanishing = vanishing;
  }

  snapshot(): Record<string, number> {
    const { fetched, inserted, updated, unchanged, withdrawn, quarantined, batches, stored, pulled, vanishing } = this;
    const out: Record<string, number> = { fetched, inserted, updated, unchanged, withdrawn, quarantined, batches };
    if (stored !== null) Object.assign(out, { stored, pulled: pulled ?? 0, vanishing: vanishing ?? 0 });
    return out;
  }
}

