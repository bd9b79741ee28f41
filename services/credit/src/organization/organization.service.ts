import { byKey, countRows, keyLookups, fetchKeysetPage, likePattern, normaliseName, selectForView, SqlWhere, whereForView, toConnection, type ConnectionValue, type LoaderRegistry, type RecordView, regionPrefix } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { recordRule } from '../publicity/listing-rule';
import type { OrganizationFilter } from './organization.inputs';
import { ORGANIZATION_COLUMNS, organizationByCode, toOrganization, type OrganizationRow } from './organization.row';
import type { Organization } from './organization.type';

const FROM = 'credit.organization o';

/** The register's columns, with the publicity marks for callers who see beyond public view. */
const columnsFor = (view: RecordView): string => selectForView(ORGANIZATION_COLUMNS, view, recordRule, 'o');

/** `where` narrowed to register records the caller may see. */
const visible = (where: SqlWhere, view: RecordView): SqlWhere => whereForView(where, view, recordRule, 'o');

/** Reads the organisation register. */
export class OrganizationService {
  constructor(private readonly db: DataSource) {}

  /** The register record of a code the caller may see, batched per request; null otherwise. */
  byUscc(loaders: LoaderRegistry, uscc: string, view: RecordView): Promise<Organization | null> {
    return loaders.get<string, Organization | null>(`organization.byUscc:${view.beyondPublic}`, async (codes) => {
      const where = visible(new SqlWhere().add('o.uscc = ANY(?)', codes), view);
      const rows = (await keyLookups(this.db).query(`SELECT ${columnsFor(view)} FROM ${FROM} ${where.sql}`, where.params)) as OrganizationRow[];
      return byKey(codes, rows.map(toOrganization), (o) => o.uscc);
    }).load(uscc);
  }

  /** For `_entities`: the register record the caller may see, or what the code alone tells. */
  async reference(loaders: LoaderRegistry, uscc: string, view: RecordView): Promise<Organization> {
    return (await this.byUscc(loaders, uscc, view)) ?? organizationByCode(uscc);
  }

  async list(filter: OrganizationFilter | undefined, first: number, after: string | null | undefined, view: RecordView): Promise<ConnectionValue<Organization>> {
    const where = visible(new SqlWhere(), view);
    where.addIf(filter?.regionCode, 'o.region_code LIKE ?', (c) => `${regionPrefix(c, 'filter.regionCode')}%`);
    where.addIf(filter?.text, "o.name_normalised LIKE ? ESCAPE '\\'", (t) => likePattern(normaliseName(t)));
    where.addIf(filter?.usccValid, 'o.uscc_valid = ?');
    const page = await fetchKeysetPage<OrganizationRow>(this.db, {
      select: columnsFor(view), from: FROM, where, order: { columns: ['o.uscc'], direction: 'ASC' }, first, after, keyOf: (r) => [r.uscc],
    });
    return toConnection(page, toOrganization, () => countRows(this.db, FROM, where));
  }
}
