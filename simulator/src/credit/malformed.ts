import { Rng } from '../random/rng';

/** The broken values upstream really sends, one per kind of malformed row. */
export const IMPOSSIBLE_SLASH_DATE = '2026/13/45';
export const IMPOSSIBLE_DASH_DATE = '2026-02-30';
export const NOT_A_NUMBER = 'abc';
const GARBAGE_CODES = ['9135020@#无效代码', 'null', '——', '91350200MA2Y', '913502OOMA2YQ8LC3I'] as const;

/**
 * Whether (and how) record `id` of a feed is malformed: a pure function of the seed, so the same
 * rows are broken on every run. Only first versions are broken; an update is upstream's fix.
 */
export function malformation<K extends string>(seed: number, feed: string, id: number, rate: number, kinds: readonly K[]): K | undefined {
  if (rate <= 0) return undefined;
  const rng = new Rng(seed, 'malformed', feed, id);
  return rng.chance(rate) ? rng.pick(kinds) : undefined;
}

/** A value that is no identifier at all. */
export function garbageCode(seed: number, id: number): string {
  return new Rng(seed, 'garbage', id).pick(GARBAGE_CODES);
}
