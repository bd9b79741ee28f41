import { smallPlatform } from './support';

describe('defaulters (sxbzxr) and abnormal operations (jyyc)', () => {
  const platform = smallPlatform();
  const register = new Map(Array.from({ length: platform.world.organisationCount }, (_, i) => platform.world.organisation(i)).map((o) => [o.code, o]));

  it('masks defaulter ids upstream: persons 4+10*+4, organisations by organisation code', () => {
    const rows = platform.rows('sxbzxr');
    expect(rows).toHaveLength(100);
    for (const row of rows) {
      expect(row.ZJHM).toMatch(/^(\d{4}\*{10}[\dX]{4}|[0-9A-Z]{8}-[0-9A-Z])$/);
      expect(['已履行', '未履行', '部分履行']).toContain(row.LXQK);
      expect(row.AH).toMatch(/^[(（]\d{4}[)）]闽\d{2,4}执\d+号$/);
      expect(row.LARQ).toMatch(/^\d{4}年\d{2}月\d{2}日$/);
      if ((row.ZJHM ?? '').includes('-')) expect(row.FDDBR).not.toBe('');
    }
    expect(new Set(rows.map((r) => r.AH)).size).toBe(rows.length);
  });

  it('lists register organisations, some removed and some still listed', () => {
    const rows = platform.rows('jyyc');
    expect(rows).toHaveLength(200);
    for (const row of rows) {
      expect(register.get(row.TYSHXYDM ?? '')?.name).toBe(row.QYMC);
      const removed = [row.YCYY, row.YCRQ, row.YCJG];
      expect(removed.every((v) => v === '') || removed.every((v) => v !== '')).toBe(true);
      if (row.YCRQ) expect((row.YCRQ ?? '') > (row.LRRQ ?? '')).toBe(true);
    }
    const stillListed = rows.filter((r) => r.YCRQ === '').length;
    expect(stillListed).toBeGreaterThan(60);
    expect(stillListed).toBeLessThan(rows.length);
    expect(new Set(rows.map((r) => `${r.TYSHXYDM}|${r.LRRQ}|${r.LRYY}`)).size).toBe(rows.length);
  });
});
