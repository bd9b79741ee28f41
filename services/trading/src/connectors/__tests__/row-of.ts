import type { Conversion, Row } from '@keyfield/sync';

/** The row of an accepted conversion; fails the test, with the reason, on a rejection. */
export function rowOf(result: Conversion): Row {
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result.row;
}
