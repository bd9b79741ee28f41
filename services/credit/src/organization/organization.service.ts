import { byKey, countRows, fetchKeysetPage, likePattern, normaliseName, SqlWhere, toConnection, type ConnectionValue, type LoaderRegistry } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { regionPrefix } from '../shared/region-filter';
import type { OrganizationFilter } from './organization.inputs';
import { ORGANIZATION_COLUMNS, organizationByCode, toOrganization, type OrganizationRow } from './organization.row';
import type { Organization } from './organization.type';

const FROM = 'credit.organization o';

/** Reads the organisation register. */
export class OrganizationService {
  constructor(private readonly db: DataSource) {}

  /** The register record of a code, batched per request; null when not registered. */
  byUscc(loaders: LoaderRegistry, uscc: string): Promise<Organization | null> {
    return loaders.get<string, Organization | null>('organization.byUscc', async (codes) => {
      const rows = (await this.db.query(`SELECT ${ORGANIZATION_COLUMNS} FROM ${FROM} WHERE o.uscc = ANY($1)`, [codes])) as OrganizationRow[];
      return byKey(codes, rows.map(toOrganization), (o) => o.uscc);
    }).load(uscc);
  }

  /** For `_entities`: the register record, or what the code alone tells. */
  async reference(loaders: LoaderRegistry, uscc: string): Promise<Organization> {
    return (await this.byUscc(loaders, uscc)) ?? organizationByCode(uscc);
  }

  async list(filter: OrganizationFilter | undefined, first: number, after?: string | null): Promise<ConnectionValue<Organization>> {
    const where = new SqlWhere().add('o.withdrawn_at IS NULL');
    where.addIf(filter?.regionCode, 'o.region_code LIKE ?', (c) => `${regionPrefix(c, 'filter.regionCode')}%`);
    where.addIf(filter?.text, "o.name_normalised LIKE ? ESCAPE '\\'", (t) => likePattern(normaliseName(t)));
    where.addIf(filter?.usccValid, 'o.uscc_valid = ?');
    const page = await fetchKeysetPage<OrganizationRow>(this.db, {
      select: ORGANIZATION_COLUMNS, from: FROM, where, order: { columns: ['o.uscc'], direction: 'ASC' }, first, after, keyOf: (r) => [r.uscc],
    });
    return toConnection(page, toOrganization, () => countRows(this.db, FROM, where));
  }
}
