import { numericOrgBody } from '../ids/organisation-code';
import { buildUscc } from '../ids/uscc';
import { HOME_REGIONS, type Region, placeName } from '../names/regions';
import type { Rng } from '../random/rng';

/** A public body that tenders works or buys goods (招标人 / 采购人): a department or a public institution. */
export interface Buyer {
  readonly name: string;
  /** `11…` for an organ of government, `12…` for a public institution (事业单位). */
  readonly uscc: string;
  readonly region: Region;
}

const TITLES: ReadonlyArray<readonly [string, '11' | '12']> = [
  ['住房和城乡建设局', '11'], ['教育局', '11'], ['交通运输局', '11'], ['水利局', '11'], ['卫生健康局', '11'],
  ['城市管理局', '11'], ['机关事务服务中心', '12'], ['市政园林服务中心', '12'], ['第一中学', '12'], ['人民医院', '12'],
];

/** Serials of buyers' organisation codes start here, away from authorities' and organisations'. */
const BUYER_SERIAL_BASE = 70_000_000;
const XIAMEN = HOME_REGIONS.filter((r) => r.cityCode === '3502');

/** A buyer of the city (mostly Xiamen's districts), a pure function of the draw; its code is valid. */
export function pickBuyer(rng: Rng): Buyer {
  const region = rng.pick(rng.chance(0.8) ? XIAMEN : HOME_REGIONS);
  const titleIndex = rng.int(0, TITLES.length - 1);
  const [title, kind] = TITLES[titleIndex] ?? ['教育局', '11'];
  const serial = BUYER_SERIAL_BASE + HOME_REGIONS.indexOf(region) * TITLES.length + titleIndex;
  return { name: `${placeName(region)}${title}`, uscc: buildUscc(kind, region.code, numericOrgBody(serial)), region };
}
