import { hash } from 'node:crypto';
import type { Row } from '../conversion';
import { contentHash } from '../content-hash';

const VOLATILE = ['fetched_at', 'updated_at', 'content_hash', 'raw_page_id'];

/** The definition: sha256 of `JSON.stringify([columns, values])`, content columns sorted, missing as null. */
function reference(row: Row): string {
  const columns = Object.keys(row).filter((k) => !VOLATILE.includes(k)).sort();
  return hash('sha256', JSON.stringify([columns, columns.map((c) => row[c] ?? null)]), 'hex');
}

describe('contentHash', () => {
  it('is the sha256 of the JSON of the sorted content columns and their values', () => {
    const row: Row = { b: '罚款', a: 1.5, c: null, d: true, e: ['警告', 'x"y'], fetched_at: 'now', raw_page_id: '7' };
    expect(contentHash(row)).toBe(reference(row));
  });

  it('ignores the volatile columns and the order of the keys', () => {
    const a: Row = { x: '1', y: '2', fetched_at: 'then', content_hash: 'old' };
    const b: Row = { y: '2', x: '1', fetched_at: 'now', updated_at: 'later' };
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it('hashes text the way JSON writes it: escapes, lone surrogates, astral characters', () => {
    const row: Row = { t: 'a\\b\t"c"\n\u2028 \ud800 😀 \u0001', n: 1e21, z: -0, m: -1.25e-7 };
    expect(contentHash(row)).toBe(reference(row));
  });

  it('follows each row shape when shapes alternate, including names with commas', () => {
    const rows: Row[] = [{ 'a,b': '1' }, { a: '1', b: null }, { 'a,b': '2' }, { b: 'x', a: 'y' }, { a: 'y', b: 'x', raw_page_id: '1' }];
    for (const row of [...rows, ...rows.reverse()]) expect(contentHash(row)).toBe(reference(row));
  });

  it('hashes a row far larger than the shared buffer', () => {
    const row: Row = { facts: '违法事实'.repeat(50_000), remark: 'x'.repeat(100_000) };
    expect(contentHash(row)).toBe(reference(row));
    expect(contentHash({ small: '1' })).toBe(reference({ small: '1' }));
  });
});
