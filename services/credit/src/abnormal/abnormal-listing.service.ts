import { likePattern, SqlWhere, checkDateRange, ListReader, regionPrefix } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { listingRule } from '../publicity/listing-rule';
import type { AbnormalListingFilter } from './abnormal-listing.inputs';
import { ABNORMAL_COLUMNS, toAbnormalListing, type AbnormalListingRow } from './abnormal-listing.row';
import type { AbnormalListing } from './abnormal-listing.type';

function listingWhere(filter: AbnormalListingFilter | undefined): SqlWhere {
  const where = new SqlWhere();
  const range = checkDateRange(filter?.listedOn, 'filter.listedOn');
  // The USCC's characters 3–8 are the registering office's region.
  where.addIf(filter?.regionCode, 'substr(a.uscc, 3, 6) LIKE ?', (c) => `${regionPrefix(c, 'filter.regionCode')}%`);
  where.addIf(range?.from, 'a.listed_on >= ?::date');
  where.addIf(range?.to, 'a.listed_on <= ?::date');
  if (filter?.removed !== undefined && filter.removed !== null) where.add(filter.removed ? 'a.removed_on IS NOT NULL' : 'a.removed_on IS NULL');
  if (filter?.text) {
    const p = likePattern(filter.text);
    where.add("(a.name ILIKE ? ESCAPE '\\' OR a.listed_reason ILIKE ? ESCAPE '\\')", p, p);
  }
  return where;
}

/** Reads abnormal-operations listings, newest first; per organisation by USCC. */
export class AbnormalListingService extends ListReader<AbnormalListingRow, AbnormalListing, AbnormalListingFilter, never> {
  constructor(db: DataSource) {
    super(db, {
      name: 'abnormal', from: 'credit.abnormal_listing a', alias: 'a', publicity: listingRule, select: ABNORMAL_COLUMNS, where: listingWhere,
      order: () => ({ columns: ['a.listed_on', 'a.id'], direction: 'DESC' }), keyOf: (r) => [r.listedOn, r.id], toNode: toAbnormalListing,
    });
  }
}
