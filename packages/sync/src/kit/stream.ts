import type { RawPage } from '../archive/raw-page';

/** One page or file of records as fetched, with the cursor state once it is committed. */
export interface Batch<W, S> {
  records: W[];
  /** Where the bytes came from (URL and page/file), for quarantine and tracing. */
  locator: string;
  /** ISO instant the bytes were fetched. */
  fetchedAt: string;
  /** The stream's state to store when this batch commits; resuming from it loses nothing. */
  stateAfter: S;
  /** For file streams: the file the records came from. */
  fileName?: string;
  /** The bytes the records were decoded from, archived with the batch (omitted for pushed records). */
  raw?: RawPage;
  /** Bytes already archived (replay): their sync.raw_page id. */
  rawPageId?: string;
  /**
   * A complete partition (one day's file): when its last batch commits, stored records of the
   * partition that it no longer holds are withdrawn (a corrected file dropped them).
   */
  partition?: { column: string; value: string; last: boolean };
  /** Lines of the page or file that could not even be parsed into a record. */
  parseErrors?: { locator: string; reason: string; raw?: string }[];
}

/** The records archived bytes hold, decoded again as the stream first did. */
export interface Decoded<W> {
  records: W[];
  fileName?: string;
  parseErrors?: { locator: string; reason: string; raw?: string }[];
}

/**
 * An upstream stream: an async generator of batches starting from the stored state (undefined on
 * the first run). It holds no state of its own between runs. `decode` turns archived bytes back
 * into records, for replay without refetching.
 */
export interface Stream<W, S> {
  read(state: S | undefined): AsyncGenerator<Batch<W, S>>;
  decode?(raw: RawPage): Decoded<W>;
}
