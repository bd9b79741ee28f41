/** `CZLX`: how a record last changed — inserted, updated or deleted. */
export type ChangeOp = 'I' | 'U' | 'D';

/** One logical record at its latest version, as a feed serves it (content is rendered later). */
export interface RowRef {
  /** Logical record id: base records are 0 … baseCount-1, later inserts follow. */
  readonly id: number;
  /** Content revision: 0 as first published, +1 per update. A delete keeps the last revision. */
  readonly version: number;
  /** `SJC` of this version, in seconds. */
  readonly sjc: number;
  readonly op: ChangeOp;
  /** `SJC` of the first version: content dates (decision date …) derive from it. */
  readonly origin: number;
}
