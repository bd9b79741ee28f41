/** What the faults that hit one request ask the server to do, merged. */
export interface FaultPlan {
  /** Milliseconds to wait before answering. */
  delayMs: number;
  /** Answer with this HTTP status and an HTML error page instead. */
  httpStatus?: number;
  /** Answer HTTP 200 with this error envelope instead. */
  errorBody?: { code: string; msg: string };
  /** Cut the body. */
  truncate?: { keep: number; mode: 'short' | 'abort' };
  /** Put a row that breaks the schema among the good rows. */
  badRow: boolean;
  /** Repeat a row of the neighbouring page. */
  repeatRow: boolean;
  /** Insert this many late rows (SJC inside the paged range) before answering. */
  insertRows: number;
  /** Answer as during an outage: zero rows, empty file index, header-only file. */
  empty: boolean;
  /** Replace a file by a corrected one first: the named file, or (true) the requested / first one. */
  correctFile?: string | true;
}

/** A request no fault hits. */
export function noFaults(): FaultPlan {
  return { delayMs: 0, badRow: false, repeatRow: false, insertRows: 0, empty: false };
}
