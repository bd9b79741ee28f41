import { normaliseName, type RecordView } from '@keyfield/core';
import { tradingRule } from '../publicity/trading-rule';
import { visibleSql } from '../publicity/visible-sql';
import type { ParentJoin } from '../shared/joined-list-reader';
import type { Organization } from './organization.type';

/**
 * An organisation as a batch key: its code and the matching key of its name (from the credit
 * subgraph, `@requires`); winners published without a code are matched on the name, and only they.
 */
export interface OrganizationKey {
  uscc: string;
  nameKey: string | null;
}

const SEPARATOR = '|';

export function organizationKey(org: Organization): string {
  return `${org.uscc}${SEPARATOR}${org.name ? normaliseName(org.name) : ''}`;
}

export function parseOrganizationKey(key: string): OrganizationKey {
  const at = key.indexOf(SEPARATOR);
  const nameKey = key.slice(at + 1);
  return { uscc: key.slice(0, at), nameKey: nameKey === '' ? null : nameKey };
}

/** `unnest` of the batch's keys, codes and name keys, as `<alias>(key, uscc, name_key)`. */
function organizations(alias: string, [keys, codes, names]: string[]): string {
  return `unnest(${keys}::text[], ${codes}::text[], ${names}::text[]) AS ${alias}(key, uscc, name_key)`;
}

/** A result (alias `r`) won by organisation `o`: its code among the winner codes, or its name among the uncoded. */
const wonBy = (r: string, o: string): string => `(${r}.winner_codes @> ARRAY[${o}.uscc] OR ${r}.winner_uncoded_names @> ARRAY[${o}.name_key])`;

const arrays = (keys: readonly string[]): unknown[] => {
  const parsed = keys.map(parseOrganizationKey);
  return [keys, parsed.map((k) => k.uscc), parsed.map((k) => k.nameKey)];
};

/** Awards (alias `a`) per organisation of the batch. */
export const awardsOfOrganizations: ParentJoin = {
  sql: (placeholders) => `JOIN ${organizations('o', placeholders)} ON ${wonBy('a', 'o')}`,
  arrays,
  parentColumn: 'o.key',
};

/**
 * Contracts (alias `c`) per organisation of the batch: the contracts carry no supplier, so an
 * organisation's are those of the procurements whose result it won — a result the caller may see.
 */
export const contractsOfOrganizations: ParentJoin = {
  sql: (placeholders, view: RecordView) => `JOIN (SELECT DISTINCT r.project_code, o.key FROM trading.procurement_result r
      JOIN ${organizations('o', placeholders)} ON ${wonBy('r', 'o')}
      WHERE r.project_code IS NOT NULL AND ${visibleSql(tradingRule, 'r', view)}) w ON w.project_code = c.project_code`,
  arrays,
  parentColumn: 'w.key',
};
