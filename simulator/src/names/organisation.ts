import type { Rng } from '../random/rng';
import { BRANDS, FARMS, FORMS, INDUSTRIES, RARE_BRANDS, ROADS, SHOPS } from './organisation-words';
import { type Region, shortCity, shortCounty } from './regions';

/** Register kinds the simulator produces, keyed by the USCC's first two characters. */
export type OrganisationKind = '91' | '92' | '93';

/**
 * A company name such as `厦门海沧宏达贸易有限公司` or `宏达（厦门）物流有限公司`. Brackets come
 * full-width or half-width, as registers really mix them; a few carry quotes or non-BMP characters.
 */
export function companyName(rng: Rng, region: Region): string {
  const brand = tradeName(rng);
  const industry = rng.pick(INDUSTRIES);
  const form = rng.weighted(FORMS);
  const city = shortCity(region);
  const roll = rng.next();
  let name: string;
  if (roll < 0.45) name = `${city}${shortCounty(region)}${brand}${industry}${form}`;
  else if (roll < 0.6) name = `${brand}（${city}）${industry}${form}`;
  else if (roll < 0.7) name = `${brand}(${city})${industry}${form}`;
  else if (roll < 0.97) name = `${city}${brand}${industry}${form}`;
  else name = `${city}"${brand}"${industry}${form}`;
  return rng.chance(0.04) ? `${name}${shortCounty(region)}分公司` : name;
}

/** An individual business name: `海沧区鑫盛便利店`, `同安区林记沙茶面店`. */
export function shopName(rng: Rng, region: Region, surname: string): string {
  const brand = rng.chance(0.4) ? `${surname}记` : tradeName(rng);
  return `${region.cityName}${region.name}${brand}${rng.pick(SHOPS)}`;
}

/** A farmers' cooperative name: `同安区鑫盛茶叶种植专业合作社`. */
export function cooperativeName(rng: Rng, region: Region): string {
  return `${region.cityName}${region.name}${tradeName(rng)}${rng.pick(FARMS)}专业合作社`;
}

/** A registered address: `福建省厦门市海沧区新阳路123号501室`. */
export function address(rng: Rng, region: Region): string {
  const place = region.cityName === region.provinceName ? region.provinceName : region.provinceName + region.cityName;
  const room = rng.chance(0.6) ? `${rng.int(1, 30)}0${rng.int(1, 9)}室` : '';
  const annex = rng.chance(0.05) ? `,${rng.pick(['A', 'B', 'C'])}栋` : '';
  return `${place}${region.name}${rng.pick(ROADS)}${rng.int(1, 999)}号${annex}${room}`;
}

function tradeName(rng: Rng): string {
  return rng.chance(0.02) ? rng.pick(RARE_BRANDS) : rng.pick(BRANDS);
}
