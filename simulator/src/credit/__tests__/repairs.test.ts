import { dayOf, smallPlatform } from './support';

describe('credit repairs (xyxf)', () => {
  const platform = smallPlatform();
  const penalties = new Map(platform.rows('xzcf').map((r) => [`${r.CF_WSH}|${r.CF_CFJGDM}`, r]));
  const repairs = platform.rows('xyxf');

  it('number about 5% of penalties and refer to existing ones by key', () => {
    expect(repairs).toHaveLength(100);
    for (const repair of repairs) {
      const penalty = penalties.get(`${repair.CF_WSH}|${repair.CF_CFJGDM}`);
      expect(penalty).toBeDefined();
      expect(repair.CF_CFJG).toBe(penalty?.CF_CFJG);
    }
  });

  it('are dated at least three months after the decision and before their own SJC', () => {
    for (const repair of repairs) {
      const penalty = penalties.get(`${repair.CF_WSH}|${repair.CF_CFJGDM}`);
      if (repair.XFRQ === '2026/13/45') continue;
      expect(dayOf(repair.XFRQ ?? '') - dayOf(penalty?.CF_JDRQ ?? '')).toBeGreaterThanOrEqual(92);
      expect(dayOf(repair.XFRQ ?? '')).toBeLessThanOrEqual(dayOf(repair.SJC ?? ''));
    }
  });

  it('come in non-decreasing SJC order with ties', () => {
    const sjc = repairs.map((r) => r.SJC ?? '');
    expect([...sjc].sort()).toEqual(sjc);
    expect(new Set(sjc).size).toBeLessThan(sjc.length);
  });
});
