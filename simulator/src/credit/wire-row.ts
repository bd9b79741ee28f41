import type { Rng } from '../random/rng';

/** One record as it goes on the wire: every value a string, null only where upstream sends null. */
export type WireRow = Record<string, string | null>;

/**
 * Sets `GKSX` (公开属性) the way upstream does: mostly 主动公开, some 依申请公开 and 不予公开, and a
 * few records without one — the key missing, an empty string or null.
 */
export function setDisclosure(row: WireRow, rng: Rng, key = 'GKSX'): void {
  const value = rng.weighted<string | null | undefined>([
    ['主动公开', 86], ['依申请公开', 6], ['不予公开', 5], [undefined, 1], ['', 1.5], [null, 0.5],
  ]);
  if (value !== undefined) row[key] = value;
}
