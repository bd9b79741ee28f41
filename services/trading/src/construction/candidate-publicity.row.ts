import { partiesOf } from '../shared/party';
import { INSTANT, PRICED_COLUMNS, pricedOf, type PricedRow } from '../shared/record-columns';
import { publishedOrChanged, SORT_KEY } from '../shared/trading-order';
import type { CandidatePublicity } from './candidate-publicity.type';
import { TENDER_COLUMNS, tenderOf, type TenderRow } from './tender-fields';

export const PUBLICITY_STARTED = publishedOrChanged('c', 'publicity_start_at');

export const CANDIDATE_PUBLICITY_COLUMNS = `${PRICED_COLUMNS('c')}, ${TENDER_COLUMNS('c')}, c.publicity_name AS "publicityName",
  c.publicity_content AS "publicityContent", ${INSTANT('c.publicity_start_at', 'publicityStartAt')},
  ${INSTANT('c.publicity_end_at', 'publicityEndAt')}, c.candidates_json AS "candidatesJson", ${SORT_KEY(PUBLICITY_STARTED)}`;

export interface CandidatePublicityRow extends PricedRow, TenderRow {
  publicityName: string;
  publicityContent: string | null;
  publicityStartAt: string | null;
  publicityEndAt: string | null;
  candidatesJson: string;
  sortKey: string;
}

export function toCandidatePublicity(r: CandidatePublicityRow): CandidatePublicity {
  return {
    ...pricedOf(r), ...tenderOf(r), publicityName: r.publicityName, publicityContent: r.publicityContent,
    publicityStartAt: r.publicityStartAt, publicityEndAt: r.publicityEndAt, candidates: partiesOf(r.candidatesJson),
  };
}
