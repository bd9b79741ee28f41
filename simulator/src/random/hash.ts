/**
 * Mixes integers into one 32-bit seed. Every generated record derives its own PRNG from
 * (seed, stream tag, record id[, version]) through this function, which is what makes row i a pure
 * function of its inputs: nothing is generated up front and nothing depends on request order.
 */
export function mixSeed(...parts: ReadonlyArray<number | string>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const n = typeof part === 'number' ? part : hashString(part);
    // split the number into two 32-bit halves so ids above 2^32 still mix fully
    h = avalanche(h ^ (n >>> 0));
    h = avalanche(h ^ Math.floor(n / 0x100000000));
  }
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units: only used to turn short stream tags into numbers. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: every input bit flips about half the output bits. */
function avalanche(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
