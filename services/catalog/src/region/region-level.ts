import { registerEnumType } from 'type-graphql';

/** 行政区划级别 — the level of a GB/T 2260 division. */
export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
}

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: '行政区划级别 — level of an administrative division',
  valuesConfig: {
    PROVINCE: { description: '省级 — province, autonomous region, municipality' },
    PREFECTURE: { description: '地级 — prefecture-level city, league, autonomous prefecture' },
    COUNTY: { description: '县级 — county, district, county-level city, banner' },
  },
});

/** The level a 6-digit code denotes by its trailing zeros. */
export function levelOfCode(code: string): RegionLevel {
  if (code.endsWith('0000')) return RegionLevel.PROVINCE;
  if (code.endsWith('00')) return RegionLevel.PREFECTURE;
  return RegionLevel.COUNTY;
}
