import type { WireRow } from '../wire-row';
import { smallPlatform } from './support';
import { advance } from '../advance';
import { parseTimestamp } from '../../time/clock';

const keyOf = (r: { CF_WSH?: string | null; CF_CFJGDM?: string | null }) => `${r.CF_WSH}|${r.CF_CFJGDM}`;

describe('advance', () => {
  it('appends inserts, U and D rows with later SJC, each record once at its latest version', () => {
    const platform = smallPlatform();
    const before = platform.rows('xzcf');
    const lastBefore = platform.latestTime();
    const summary = advance(platform, 1, { inserts: 7, updates: 4, deletes: 3, repairs: 2, permits: 5 });
    expect([summary.inserted.length, summary.updated.length, summary.deleted.length, summary.repaired.length]).toEqual([7, 4, 3, 2]);
    expect(parseTimestamp(summary.sjc) as number).toBeGreaterThan(lastBefore);

    const after = platform.rows('xzcf');
    expect(after).toHaveLength(before.length + 7);
    const keys = after.map(keyOf).filter((k) => !k.startsWith('|'));
    expect(new Set(keys).size).toBe(keys.length);

    const since = platform.page('xzcf', parseTimestamp(summary.sjc), 1, 100);
    expect(since).toHaveLength(14);
    const byKey = new Map<string, WireRow>(since.map((r) => [keyOf(r), r]));
    for (const k of summary.updated) expect(byKey.get(keyOf(k))).toEqual(expect.objectContaining({ CZLX: 'U', BZ: expect.stringMatching(/^(更正|补充)/) }));
    for (const k of summary.deleted) expect(byKey.get(keyOf(k))?.CZLX).toBe('D');
    for (const k of summary.inserted) expect(byKey.get(keyOf(k))?.CZLX).toBe('I');
    const sjc = since.map((r) => r.SJC ?? '');
    expect([...sjc].sort()).toEqual(sjc);

    const repairs = platform.page('xyxf', parseTimestamp(summary.sjc), 1, 100);
    expect(repairs.map(keyOf).sort()).toEqual(summary.repaired.map(keyOf).sort());
    expect(platform.permits.find(summary.permitFile ?? '')?.count).toBe(5);
  });

  it('updates a record again in a later generation and still serves it once', () => {
    const platform = smallPlatform(200);
    advance(platform, 1, { inserts: 1, updates: 0, deletes: 0, permits: 0 });
    const [first] = advance(platform, 2, { inserts: 0, updates: 200, deletes: 0, permits: 0 }).updated;
    advance(platform, 3, { inserts: 0, updates: 0, deletes: 0, permits: 0 });
    expect(platform.rows('xzcf').filter((r) => keyOf(r) === keyOf(first ?? { CF_WSH: '' }))).toHaveLength(1);
  });

  it('is deterministic from the seed and the sequence of advances', () => {
    const a = smallPlatform();
    const b = smallPlatform();
    for (let g = 1; g <= 3; g += 1) expect(advance(a, g)).toEqual(advance(b, g));
    expect(a.rows('xzcf')).toEqual(b.rows('xzcf'));
    expect(a.rows('sxbzxr')).toEqual(b.rows('sxbzxr'));
  });
});
