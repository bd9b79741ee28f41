import { publicityOf, PROVENANCE_COLUMNS, provenanceOf, type ProvenanceRow } from '@keyfield/core';
import type { AbnormalListing } from './abnormal-listing.type';

export const ABNORMAL_COLUMNS = `a.id::text AS id, a.uscc, a.name AS "organizationName", a.listed_reason AS "listedReason",
  a.listed_on AS "listedOn", a.listed_by AS "listedBy", a.removed_reason AS "removedReason", a.removed_on AS "removedOn",
  a.removed_by AS "removedBy", ${PROVENANCE_COLUMNS('a')}`;

export interface AbnormalListingRow extends ProvenanceRow {
  id: string;
  uscc: string;
  organizationName: string;
  listedReason: string;
  listedOn: string;
  listedBy: string | null;
  removedReason: string | null;
  removedOn: string | null;
  removedBy: string | null;
}

export function toAbnormalListing(r: AbnormalListingRow): AbnormalListing {
  const { id, uscc, organizationName, listedReason, listedOn, listedBy, removedReason, removedOn, removedBy } = r;
  return { id, uscc, organizationName, listedReason, listedOn, listedBy, removedReason, removedOn, removedBy, provenance: provenanceOf(r), publicity: publicityOf(r) };
}
