import { Rng } from '../../random/rng';
import { companyName } from '../organisation';
import { personName } from '../person';
import { HOME_REGIONS, pickRegion, placeName } from '../regions';

describe('names', () => {
  it('draws real region codes, mostly from Fujian and Xiamen', () => {
    const rng = new Rng(1);
    const regions = Array.from({ length: 2000 }, () => pickRegion(rng));
    expect(regions.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
    const fujian = regions.filter((r) => r.code.startsWith('35')).length;
    expect(fujian / regions.length).toBeGreaterThan(0.85);
    expect(fujian).toBeLessThan(regions.length);
    expect(regions.filter((r) => r.code.startsWith('3502')).length / regions.length).toBeGreaterThan(0.45);
    expect(HOME_REGIONS.find((r) => r.code === '350205')?.name).toBe('海沧区');
  });

  it('names places like the authorities do', () => {
    const haicang = HOME_REGIONS.find((r) => r.code === '350205');
    const fuqing = HOME_REGIONS.find((r) => r.code === '350181');
    expect(haicang && placeName(haicang)).toBe('厦门市海沧区');
    expect(fuqing && placeName(fuqing)).toBe('福清市');
  });

  it('mixes full-width and half-width brackets and compound surnames', () => {
    const rng = new Rng(2);
    const region = HOME_REGIONS.find((r) => r.code === '350205') as (typeof HOME_REGIONS)[number];
    const companies = Array.from({ length: 2000 }, () => companyName(rng, region));
    expect(companies.some((n) => n.includes('（厦门）'))).toBe(true);
    expect(companies.some((n) => n.includes('(厦门)'))).toBe(true);
    expect(companies.some((n) => /[\u{10000}-\u{10FFFF}]/u.test(n))).toBe(true);
    const people = Array.from({ length: 3000 }, () => personName(rng));
    expect(people.some((n) => /^(欧阳|司马|诸葛|上官)/.test(n))).toBe(true);
    expect(people.every((n) => n.length >= 2 && n.length <= 5)).toBe(true);
  });
});
