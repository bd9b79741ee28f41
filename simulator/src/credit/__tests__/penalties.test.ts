import { isValidResidentId } from '../../ids/resident-id';
import { isValidUscc } from '../../ids/uscc';
import type { WireRow } from '../wire-row';
import { dayOf, smallPlatform } from './support';

const CF_FIELDS = [
  'CF_XDR_MC', 'CF_XDR_LB', 'CF_XDR_SHXYM', 'CF_XDR_GSZC', 'CF_XDR_ZZJG', 'CF_XDR_SWDJ', 'CF_XDR_SYDW', 'CF_XDR_SHZZ',
  'CF_FRDB', 'CF_FR_ZJLX', 'CF_FR_ZJHM', 'CF_XDR_ZJLX', 'CF_XDR_ZJHM', 'CF_WSH', 'CF_WFXW', 'CF_SY', 'CF_YJ', 'CF_CFLB',
  'CF_NR', 'CF_NR_FK', 'CF_NR_WFFF', 'CF_NR_ZKDX', 'CF_JDRQ', 'CF_YXQ', 'CF_GSJZQ', 'CF_CFJG', 'CF_CFJGDM', 'CF_SJLY',
  'CF_SJLYDM', 'BZ', 'SJC', 'CZLX',
];
const KINDS = ['警告', '通报批评', '罚款', '没收违法所得', '没收非法财物', '暂扣许可证件', '降低资质等级', '吊销许可证件',
  '限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '行政拘留', '其他'];

describe('penalties (xzcf)', () => {
  const platform = smallPlatform();
  const rows = platform.rows('xzcf');
  const clean = rows.filter((_, id) => platform.penalties.malformation(id) === undefined);

  it('carries every CF_* field as a string, then SJC, CZLX and mostly GKSX', () => {
    expect(rows).toHaveLength(2000);
    for (const row of rows) {
      expect(Object.keys(row).filter((k) => k !== 'GKSX')).toEqual(CF_FIELDS);
      for (const field of CF_FIELDS) expect(typeof row[field]).toBe('string');
    }
    const gksx = (value: string | null | undefined) => rows.filter((r) => r.GKSX === value).length;
    expect(gksx('主动公开')).toBeGreaterThan(1600);
    expect(gksx('依申请公开')).toBeGreaterThan(40);
    expect(gksx('不予公开')).toBeGreaterThan(40);
    expect(rows.filter((r) => !('GKSX' in r) || r.GKSX === '' || r.GKSX === null).length).toBeGreaterThan(10);
  });

  it('keeps fines in 万元 and the text in 元', () => {
    for (const row of clean.filter((r) => (r.CF_CFLB ?? '').includes('罚款'))) {
      const yuan = /罚款(?:人民币)?(\d+)元/.exec(row.CF_NR ?? '')?.[1];
      expect({ fk: row.CF_NR_FK, yuan: Number(yuan) / 10_000 }).toEqual({ fk: row.CF_NR_FK, yuan: Number(row.CF_NR_FK) });
      expect(row.CF_NR_FK).toMatch(/^\d+(\.\d{1,4})?$/);
    }
    expect(clean.filter((r) => !(r.CF_CFLB ?? '').includes('罚款')).every((r) => r.CF_NR_FK === '' || r.CF_NR_FK === '0')).toBe(true);
  });

  it('joins penalty kinds mostly with "," and sometimes with "、" or ";"', () => {
    const separators = new Set<string>();
    for (const row of clean) {
      const text = row.CF_CFLB ?? '';
      for (const kind of text.split(/[,、;]/)) expect(KINDS).toContain(kind);
      for (const sep of text.match(/[,、;]/g) ?? []) separators.add(sep);
    }
    expect([...separators].sort()).toEqual([',', ';', '、'].sort());
  });

  it('names authorities that are government departments with valid 11-codes', () => {
    for (const row of clean) {
      expect(row.CF_CFJGDM).toMatch(/^11\d{6}/);
      expect(isValidUscc(row.CF_CFJGDM ?? '')).toBe(true);
      expect(row.CF_WSH).toMatch(/^.+(罚|行罚决字)[〔[（]\d{4}[〕\]）]\d+号$/);
      expect(row.CF_JDRQ).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(dayOf(row.CF_JDRQ ?? '')).toBeLessThanOrEqual(dayOf(row.SJC ?? ''));
    }
  });

  it('keys penalties uniquely by CF_WSH + CF_CFJGDM', () => {
    const keys = clean.map((r) => `${r.CF_WSH}|${r.CF_CFJGDM}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('punishes register organisations, individual businesses and natural persons with valid ids', () => {
    const register = new Set(Array.from({ length: platform.world.organisationCount }, (_, i) => platform.world.organisation(i).code));
    const byKind = (kind: string): WireRow[] => clean.filter((r) => r.CF_XDR_LB === kind);
    expect(byKind('法人及非法人组织').every((r) => register.has(r.CF_XDR_SHXYM ?? '') && r.CF_FRDB !== '' && r.CF_FR_ZJLX === '身份证')).toBe(true);
    expect(byKind('个体工商户').every((r) => /^(92|\d{15}$)/.test(r.CF_XDR_SHXYM ?? ''))).toBe(true);
    const persons = byKind('自然人');
    expect(persons.length).toBeGreaterThan(150);
    for (const p of persons) {
      expect(p.CF_XDR_SHXYM).toBe('');
      if (p.CF_XDR_ZJLX === '身份证') expect(isValidResidentId(p.CF_XDR_ZJHM ?? '')).toBe(true);
    }
    expect(byKind('法人及非法人组织').every((r) => isValidResidentId(r.CF_FR_ZJHM ?? ''))).toBe(true);
  });

  it('includes publicity end dates and special-sector violations', () => {
    expect(clean.filter((r) => r.CF_GSJZQ !== '').length).toBeGreaterThan(600);
    for (const word of ['特种设备', '安全生产', '消防']) {
      expect(clean.some((r) => `${r.CF_WFXW}${r.CF_SY}`.includes(word))).toBe(true);
    }
  });

  it('breaks about 0.5% of rows, deterministically, in the four known ways', () => {
    const broken = rows.filter((_, id) => platform.penalties.malformation(id) !== undefined);
    expect(broken.length).toBeGreaterThan(2);
    expect(broken.length).toBeLessThan(30);
    for (const row of broken) {
      const signs = [row.CF_WSH === '', row.CF_JDRQ === '2026/13/45', row.CF_NR_FK === 'abc', !/^(\d{15}|[0-9A-Z]{18}|)$/.test(row.CF_XDR_SHXYM ?? '') || !isValidUscc(row.CF_XDR_SHXYM ?? '')];
      expect(signs.some(Boolean)).toBe(true);
    }
    expect(smallPlatform().rows('xzcf')).toEqual(rows);
    expect(smallPlatform(2000, 0).rows('xzcf').filter((_, id) => platform.penalties.malformation(id) === undefined)).toEqual(clean);
  });

  it('puts several rows in one second, in no key order', () => {
    const bySjc = new Map<string, string[]>();
    for (const r of clean) bySjc.set(r.SJC ?? '', [...(bySjc.get(r.SJC ?? '') ?? []), r.CF_WSH ?? '']);
    const ties = [...bySjc.values()].filter((g) => g.length >= 3);
    expect(ties.length).toBeGreaterThan(50);
    expect(ties.filter((g) => g.join() !== [...g].sort().join()).length).toBeGreaterThan(ties.length / 2);
  });
});
