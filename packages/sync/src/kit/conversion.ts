/** 操作类型 — what the upstream says happened to a record: insert, update, delete. */
export type Operation = 'I' | 'U' | 'D';

/** A row ready for its table: column name → value (dates 'YYYY-MM-DD', money decimal strings). */
export type Row = Record<string, string | number | boolean | string[] | null>;

/** Where in the pipeline a record failed (quarantine `stage`). */
export type Stage = 'decode' | 'parse' | 'convert';

/** A converter's answer: a row for the table, or a reason it cannot be stored. */
export type Conversion =
  | { ok: true; row: Row; key: string; operation: Operation }
  | { ok: false; stage: Stage; reason: string; key?: string };

/** Information a converter may need besides the wire record. */
export interface ConvertContext {
  /** `credit/xzcf`, `credit/files/xzxk`, … */
  source: string;
  /** ISO instant the bytes were fetched. */
  fetchedAt: string;
  /** For file streams: the file the record came from. */
  fileName?: string;
}

/** A pure function from one wire record to a row. Never throws: bad input is a reason. */
export type Converter<W> = (record: W, ctx: ConvertContext) => Conversion;

/** Helpers to build answers. */
export const accept = (row: Row, key: string, operation: Operation): Conversion => ({ ok: true, row, key, operation });
export const reject = (stage: Stage, reason: string, key?: string): Conversion => ({ ok: false, stage, reason, key });
