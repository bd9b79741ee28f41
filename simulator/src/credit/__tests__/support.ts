import { CreditPlatform } from '../platform';

/** A small platform for generator tests: seed 7, 2000 penalties, the default malformed rate. */
export function smallPlatform(size = 2000, malformedRate = 0.005): CreditPlatform {
  return new CreditPlatform({ seed: 7, size, malformedRate, startSeconds: Date.UTC(2026, 0, 1, 8) / 1000 });
}

/** `YYYY/MM/DD` → day number, for date arithmetic in assertions. */
export function dayOf(date: string): number {
  const [y, m, d] = date.slice(0, 10).split(/[/-]/).map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
