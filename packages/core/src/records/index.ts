export { ListReader, type ListArgs, type ListSpec } from './list-reader';
export { DateRange, checkDateRange } from './date-range.input';
export { regionPrefix } from './region-filter';
export { Money, moneyOf } from './money.type';
export { Provenance, PROVENANCE_COLUMNS, provenanceOf, type ProvenanceRow } from './provenance.type';
export { RegionRef, regionRef } from './region.stub';
export { Disclosure, disclosureOf } from './disclosure';
