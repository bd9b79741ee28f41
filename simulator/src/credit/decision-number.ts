import { Rng } from '../random/rng';

const BLOCK = 32;

/**
 * A serial unique to record `id`, shuffled inside blocks of 32 ids so that rows sharing an `SJC`
 * (which are neighbours by id) come in no key order. Unique for every id, inserts included.
 */
export function shuffledSerial(seed: number, feed: string, id: number): number {
  const block = Math.floor(id / BLOCK);
  const order = [...Array(BLOCK).keys()];
  const rng = new Rng(seed, 'serial', feed, block);
  for (let i = BLOCK - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    const tmp = order[i] as number;
    order[i] = order[j] as number;
    order[j] = tmp;
  }
  return block * BLOCK + (order[id - block * BLOCK] as number) + 1;
}

/**
 * A decision document number such as `厦海市监罚〔2026〕123号`. Most use the official hexagonal
 * brackets 〔〕; some clerks type [] or （） — kept, since the number is an opaque key.
 */
export function decisionNumber(rng: Rng, prefix: string, word: string, year: number, serial: number, padded: boolean): string {
  const [open, close] = rng.weighted<readonly [string, string]>([[['〔', '〕'], 85], [['[', ']'], 10], [['（', '）'], 5]]);
  const number = padded ? String(serial).padStart(4, '0') : String(serial);
  return `${prefix}${word}${open}${year}${close}${number}号`;
}
