import { parseDateTime } from '@keyfield/core';

const DAY_IN_NAME = /(?<!\d)(\d{8})(?!\d)/u;

/**
 * The change instant of a record from a daily file (`xzxk_20261101.csv` → `2026-11-01T00:00:00+08:00`).
 * Permit rows carry no SJC, and the file's day is stable across re-reads of the same file, so an
 * unchanged record keeps its content hash. Null when the name holds no real day.
 */
export function fileDayInstant(fileName: string): string | null {
  const digits = DAY_IN_NAME.exec(fileName)?.[1];
  const parsed = digits === undefined ? null : parseDateTime(digits);
  return parsed?.ok === true ? parsed.dateTime : null;
}
