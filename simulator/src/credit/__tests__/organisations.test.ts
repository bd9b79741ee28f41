import { isValidRegistrationNumber } from '../../ids/registration-number';
import { isValidUscc } from '../../ids/uscc';
import { smallPlatform } from './support';

describe('organisation register (qyxx)', () => {
  const platform = smallPlatform(20_000, 0);
  const orgs = Array.from({ length: platform.world.organisationCount }, (_, i) => platform.world.organisation(i));

  it('gives valid USCCs except about 1% pilot codes and a few legacy registration numbers', () => {
    for (const org of orgs) {
      if (org.codeStyle === 'valid') expect(isValidUscc(org.code)).toBe(true);
      if (org.codeStyle === 'pilot') expect({ code: org.code, valid: isValidUscc(org.code) }).toEqual({ code: org.code, valid: false });
      if (org.codeStyle === 'legacy') expect(isValidRegistrationNumber(org.code)).toBe(true);
    }
    const share = (style: string) => orgs.filter((o) => o.codeStyle === style).length / orgs.length;
    expect(share('pilot')).toBeGreaterThan(0.004);
    expect(share('pilot')).toBeLessThan(0.02);
    expect(share('legacy')).toBeGreaterThan(0.01);
    expect(new Set(orgs.map((o) => o.code)).size).toBe(orgs.length);
  });

  it("carries the registering office's region code in characters 3–8", () => {
    for (const org of orgs.filter((o) => o.codeStyle !== 'legacy')) {
      const codeRegion = org.code.slice(2, 8);
      expect([org.region.code, `${org.region.cityCode}00`]).toContain(codeRegion);
      expect(org.code.slice(0, 2)).toBe(org.kind);
    }
  });

  it('serves register rows with every field a string', () => {
    const rows = platform.page('qyxx', undefined, 1, 100);
    expect(rows).toHaveLength(100);
    for (const row of rows) {
      expect(Object.keys(row).slice(0, 10)).toEqual(['TYSHXYDM', 'QYMC', 'QYLX', 'FDDBR', 'CLRQ', 'DJJG', 'DJZT', 'ZCDZ', 'XZQHDM', 'SJC']);
      expect(row.CLRQ).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['存续', '在业', '吊销', '注销', '迁出']).toContain(row.DJZT);
    }
  });
});
