import type { ConvertContext, Operation, Row } from '@keyfield/sync';
import { provenance, readRegionCode, type FieldReader } from '../../shared/convert-kit';
import type { GgzyCommonWire, GgzyTenderWire } from '../wire-types';
import { splitSectionCodes } from './section-codes';

/** The platform columns every ggzy record has (domains.md §2). */
export function platformColumns<W extends GgzyCommonWire>(f: FieldReader<W>): Row {
  return {
    platform_code: f.text('PLATFORM_CODE'),
    unified_deal_code: f.text('UNIFIED_DEAL_CODE'),
    region_code: readRegionCode(f, 'REGION_CODE'),
    trade_place_code: f.text('TRA_PLACE_CODE'),
    url: f.text('URL'),
  };
}

/**
 * Provenance of a ggzy record: the site has no operation field — a record sent again with a later
 * `DATA_TIMESTAMP` is its new version, and nothing is deleted on this feed.
 */
export function ggzyChange<W extends GgzyCommonWire>(f: FieldReader<W>, ctx: ConvertContext, key: string): { columns: Row; operation: Operation } {
  return provenance({ ctx, key, changedAt: f.requiredInstant('DATA_TIMESTAMP'), operationField: 'DATA_TIMESTAMP', operation: null, disclosure: f.text('GKSX') });
}

/** The tender block: the tender project code (the life-cycle key), the project code and the lots. */
export function tenderColumns<W extends GgzyTenderWire>(f: FieldReader<W>): Row {
  return {
    tender_project_code: f.required('TENDER_PROJECT_CODE'),
    project_code: f.text('PROJECT_CODE'),
    bid_section_codes: splitSectionCodes(f.text('BID_SECTION_CODES')),
  };
}
