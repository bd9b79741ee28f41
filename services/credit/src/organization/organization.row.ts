import { checkUscc, publicityOf, PROVENANCE_COLUMNS, provenanceOf, type ProvenanceRow, regionRef } from '@keyfield/core';
import type { Organization } from './organization.type';

export const ORGANIZATION_COLUMNS = `o.uscc, o.uscc_valid AS "usccValid", o.uscc_warning AS "usccWarning", o.name, o.kind,
  o.legal_rep AS "legalRep", o.founded_on AS "foundedOn", o.registering_office AS "registeringOffice", o.status,
  o.region_code AS "regionCode", ${PROVENANCE_COLUMNS('o')}`;

export interface OrganizationRow extends ProvenanceRow {
  uscc: string;
  usccValid: boolean;
  usccWarning: string | null;
  name: string;
  kind: string | null;
  legalRep: string | null;
  foundedOn: string | null;
  registeringOffice: string | null;
  status: string | null;
  regionCode: string | null;
}

export function toOrganization(r: OrganizationRow): Organization {
  return {
    uscc: r.uscc, usccValid: r.usccValid, usccWarning: r.usccWarning, name: r.name, kind: r.kind,
    legalRepresentative: r.legalRep, foundedOn: r.foundedOn, registeringOffice: r.registeringOffice, status: r.status,
    region: regionRef(r.regionCode), provenance: provenanceOf(r), publicity: publicityOf(r),
  };
}

/**
 * An organisation known only by its code (a penalty's party or another domain's reference that is
 * not in the register): its code, check result and the region the code carries.
 */
export function organizationByCode(uscc: string): Organization {
  const check = checkUscc(uscc);
  return {
    uscc, usccValid: check.valid, usccWarning: check.warning, name: null, kind: null, legalRepresentative: null,
    foundedOn: null, registeringOffice: null, status: null, region: regionRef(check.valid ? check.regionCode : null), provenance: null, publicity: null,
  };
}
