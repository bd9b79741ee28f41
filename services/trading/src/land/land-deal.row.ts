import { partyColumnsOf, PARTY_COLUMNS } from '../shared/party';
import { INSTANT, MONEY_COLUMNS, moneyColumnsOf } from '../shared/record-columns';
import { publishedOrChanged, SORT_KEY } from '../shared/trading-order';
import type { LandDeal } from './land-deal.type';
import { PARCEL_COLUMNS, parcelOf, type ParcelRow } from './parcel-columns';

export const DEAL_PUBLISHED = publishedOrChanged('d', 'published_at');

export const LAND_DEAL_COLUMNS = `${PARCEL_COLUMNS('d')}, ${MONEY_COLUMNS('d', 'deal_price', 'dealPrice')}, ${PARTY_COLUMNS('d', 'buyer')},
  ${INSTANT('d.published_at', 'publishedAt')}, ${SORT_KEY(DEAL_PUBLISHED)}`;

export interface LandDealRow extends ParcelRow {
  publishedAt: string | null;
}

export function toLandDeal(r: LandDealRow): LandDeal {
  return { ...parcelOf(r), dealPrice: moneyColumnsOf(r, 'dealPrice'), buyer: partyColumnsOf(r, 'buyer'), publishedAt: r.publishedAt };
}
