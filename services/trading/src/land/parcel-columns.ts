import type { SqlWhere } from '@keyfield/core';
import { PRICED_COLUMNS, pricedOf, type PricedRow } from '../shared/record-columns';
import { tradingWhere } from '../shared/trading-filter';
import type { LandFilter, ParcelRecord } from './parcel-fields';

/** The parcel columns plus the priced-record columns (alias `a`). */
export const PARCEL_COLUMNS = (a: string): string => `${PRICED_COLUMNS(a)}, ${a}.land_code AS "landCode", ${a}.land_position AS "landPosition",
  ${a}.land_area AS "landArea", ${a}.land_usage AS "landUsage", ${a}.lend_age_limit AS "lendAgeLimit", ${a}.transfer_mode AS "transferMode"`;

export interface ParcelRow extends PricedRow {
  landCode: string;
  landPosition: string | null;
  landArea: string | null;
  landUsage: string | null;
  lendAgeLimit: string | null;
  transferMode: string | null;
  sortKey: string;
}

export function parcelOf(r: ParcelRow): ParcelRecord {
  return {
    ...pricedOf(r), landCode: r.landCode, landPosition: r.landPosition, landArea: r.landArea, landUsage: r.landUsage,
    lendAgeLimit: r.lendAgeLimit, transferMode: r.transferMode,
  };
}

/** WHERE of a land list over alias `a`; `titleColumn` is searched besides the location and parcel code. */
export function landWhere(a: string, filter: LandFilter | undefined, publishedAt: string, titleColumns: string[]): SqlWhere {
  return tradingWhere(a, filter, { publishedAt, textColumns: [...titleColumns, 'land_position', 'land_code'] })
    .addIf(filter?.landCode, `${a}.land_code = ?`)
    .addIf(filter?.landUsage, `${a}.land_usage = ?`)
    .addIf(filter?.transferMode, `${a}.transfer_mode = ?`);
}
