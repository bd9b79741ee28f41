import { IMPOSSIBLE_DASH_DATE, malformation } from '../credit/malformed';
import { type WireRow, setDisclosure } from '../credit/wire-row';
import type { Region } from '../names/regions';
import { Rng } from '../random/rng';
import type { RowRef } from '../stream/row-ref';
import { formatDate } from '../time/clock';
import type { XmlRecord } from './xml';
import { compactTimestamp } from './wire-format';

/** The platform fields every ggzy record opens with. */
export function platformFields(region: Region, dealCode: string, ref: RowRef, page: string): XmlRecord {
  const city = `${region.cityCode}00`;
  return {
    PLATFORM_CODE: `P${city}`,
    DATA_TIMESTAMP: compactTimestamp(ref.sjc),
    UNIFIED_DEAL_CODE: dealCode,
    REGION_CODE: region.code,
    TRA_PLACE_CODE: city,
    URL: `https://ggzy.xm.gov.cn/${page}/${formatDate(ref.origin, '')}/${ref.id}.html`,
  };
}

/** `GKSX` as the site sends it: mostly 主动公开, now and then another value, empty or missing. */
export function withDisclosure(record: XmlRecord, seed: number, feed: string, id: number): XmlRecord {
  const row: WireRow = {};
  setDisclosure(row, new Rng(seed, `${feed}-gksx`, id));
  const value = row['GKSX'];
  return typeof value === 'string' ? { ...record, GKSX: value } : record;
}

const KINDS = ['missing-code', 'bad-date', 'bad-amount'] as const;

/**
 * Breaks a first version the way the site does now and then (a pure function of the seed): a key
 * left empty, an impossible date, a price-unit code outside the standard. Updates are fixes.
 */
export function maybeBroken(record: XmlRecord, seed: number, feed: string, ref: RowRef, rate: number, keyField: string): XmlRecord {
  const kind = ref.version === 0 ? malformation(seed, feed, ref.id, rate, KINDS) : undefined;
  if (kind === 'missing-code') return { ...record, [keyField]: '' };
  if (kind === 'bad-date') {
    const field = Object.keys(record).find((k) => k.endsWith('_TIME'));
    return field === undefined ? record : { ...record, [field]: IMPOSSIBLE_DASH_DATE };
  }
  if (kind === 'bad-amount') return { ...record, PRICE_UNIT: '3' };
  return record;
}
