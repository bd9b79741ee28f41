import { disclosureOf, isoDateTimeSql, moneyOf, PROVENANCE_COLUMNS, provenanceOf, publicityOf, type Money, type ProvenanceRow } from '@keyfield/core';
import type { PlatformRecord, PricedRecord, TradingRecord } from './trading-record.type';
import { tradingRegionOf } from './trading-region.type';

/** The columns of every trading record (alias `a`): its id (the table's, unless another is given), region and provenance. */
export const RECORD_COLUMNS = (a: string, id = `${a}.id::text`): string => `${id} AS id, ${a}.region_code AS "regionCode", ${PROVENANCE_COLUMNS(a)}`;

/** The platform columns of a ggzy record. */
export const PLATFORM_COLUMNS = (a: string): string => `${RECORD_COLUMNS(a)}, ${a}.platform_code AS "platformCode",
  ${a}.unified_deal_code AS "unifiedDealCode", ${a}.trade_place_code AS "tradePlaceCode", ${a}.url`;

/** The platform columns plus the price unit and currency. */
export const PRICED_COLUMNS = (a: string): string => `${PLATFORM_COLUMNS(a)}, ${a}.price_unit_code AS "priceUnitCode",
  ${a}.currency_code AS "currencyCode", ${a}.price_unit_corrected AS "priceUnitCorrected"`;

/** An amount's three columns `<column>_amount|_unit|_yuan` as `<alias>Amount|Unit|Yuan`. */
export const MONEY_COLUMNS = (a: string, column: string, alias: string): string =>
  `${a}.${column}_amount AS "${alias}Amount", ${a}.${column}_unit AS "${alias}Unit", ${a}.${column}_yuan AS "${alias}Yuan"`;

/** A timestamptz column as ISO 8601 at +08:00. */
export const INSTANT = (expr: string, alias: string): string => `${isoDateTimeSql(expr)} AS "${alias}"`;

export interface RecordRow extends ProvenanceRow {
  id: string;
  regionCode: string | null;
}

export interface PlatformRow extends RecordRow {
  platformCode: string | null;
  unifiedDealCode: string | null;
  tradePlaceCode: string | null;
  url: string | null;
}

export interface PricedRow extends PlatformRow {
  priceUnitCode: string | null;
  currencyCode: string | null;
  priceUnitCorrected: boolean;
}

export function recordOf(r: RecordRow): TradingRecord {
  return { id: r.id, region: tradingRegionOf(r.regionCode), disclosure: disclosureOf(r.disclosure), provenance: provenanceOf(r), publicity: publicityOf(r) };
}

export function platformOf(r: PlatformRow): PlatformRecord {
  return { ...recordOf(r), platformCode: r.platformCode, unifiedDealCode: r.unifiedDealCode, tradePlaceCode: r.tradePlaceCode, url: r.url };
}

export function pricedOf(r: PricedRow): PricedRecord {
  return { ...platformOf(r), priceUnitCode: r.priceUnitCode, currencyCode: r.currencyCode, priceUnitCorrected: r.priceUnitCorrected };
}

/** The Money a row selected with MONEY_COLUMNS(a, column, alias) holds. */
export function moneyColumnsOf(row: object, alias: string): Money | null {
  const r = row as Record<string, string | null | undefined>;
  return moneyOf(r[`${alias}Amount`] ?? null, r[`${alias}Unit`] ?? null, r[`${alias}Yuan`] ?? null);
}
