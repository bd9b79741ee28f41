import { Rng } from '../rng';
import { mixSeed } from '../hash';

describe('Rng', () => {
  it('repeats the same sequence for the same seed parts', () => {
    const a = new Rng(1, 'xzcf', 42);
    const b = new Rng(1, 'xzcf', 42);
    const draws = (r: Rng) => Array.from({ length: 20 }, () => r.nextUint32());
    expect(draws(a)).toEqual(draws(b));
    expect(draws(new Rng(1, 'xzcf', 43))).not.toEqual(draws(new Rng(1, 'xzcf', 42)));
  });

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const rng = new Rng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('follows the weights of a weighted choice', () => {
    const rng = new Rng(8);
    let heavy = 0;
    for (let i = 0; i < 10_000; i += 1) if (rng.weighted([['a', 9], ['b', 1]] as const) === 'a') heavy += 1;
    expect(heavy).toBeGreaterThan(8700);
    expect(heavy).toBeLessThan(9300);
  });

  it('mixes large ids fully', () => {
    expect(mixSeed(1, 2 ** 33)).not.toBe(mixSeed(1, 2 ** 34));
  });
});
