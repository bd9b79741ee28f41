import { accept, type Converter, type Row } from '@keyfield/sync';
import { readChildren } from '../../shared/child-records';
import { convertRecord } from '../../shared/convert-kit';
import { readInstant } from '../../shared/instant';
import { entryCodes, moneyEntry, partiesJson, partyEntry, uncodedNames } from '../../shared/party-entry';
import type { CandidatePublicityWire, CandidateWire } from '../wire-types';
import { ggzyChange, platformColumns, tenderColumns } from './ggzy-columns';
import { readPriceUnit, type PriceUnit } from './price-unit';
import { readRank } from './rank';

/** One candidate as stored in `candidates` (JSON), in the order published. */
function readCandidates(record: CandidatePublicityWire, price: PriceUnit): Row[] {
  return readChildren<CandidateWire, Row>(record.CANDIDATE, 'CANDIDATE', (c) => ({
    bid_section_code: c.text('BID_SECTION_CODE'),
    rank: readRank(c.required('RANK'), 'RANK'),
    ...partyEntry(c.required('BIDDER_NAME'), c.text('BIDDER_CODE_TYPE'), c.text('BIDDER_CODE')),
    ...moneyEntry(price.money(c.text('BID_AMOUNT'), 'BID_AMOUNT')),
  }));
}

/**
 * `CANDIDATE_PUBLICITY` → `trading.construction_candidate_publicity` (中标候选人公示), keyed by
 * `TENDER_PROJECT_CODE`: one publicity per tender project, its candidates ranked per lot. A
 * re-publication (a corrected amount or unit) is a new version of the same row.
 */
export const convertCandidatePublicity: Converter<CandidatePublicityWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => f.required('TENDER_PROJECT_CODE'),
    (f, key) => {
      const price = readPriceUnit(f);
      const candidates = readCandidates(record, price);
      const change = ggzyChange(f, ctx, key);
      const row: Row = {
        ...tenderColumns(f),
        publicity_name: f.required('PUBLICITY_NAME'),
        publicity_content: f.text('PUBLICITY_CONTENT'),
        publicity_start_at: readInstant(f.text('PUBLICITY_START_TIME'), 'PUBLICITY_START_TIME'),
        publicity_end_at: readInstant(f.text('PUBLICITY_END_TIME'), 'PUBLICITY_END_TIME'),
        ...price.columns,
        candidates_json: partiesJson(candidates),
        candidate_codes: entryCodes(candidates), candidate_uncoded_names: uncodedNames(candidates),
        ...platformColumns(f),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
