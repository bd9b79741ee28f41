import { byKey, countRows, fetchKeysetPage, groupByKey, keyLookups, likePattern, SqlWhere, toConnection, userInputError, type ConnectionValue, type LoaderRegistry } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { Region } from './region.entity';
import type { RegionFilter } from './region.inputs';

const COLUMNS = `r.code, r.name, r.full_name AS "fullName", r.level, r.parent_code AS "parentCode",
  r.valid_from AS "validFrom", r.valid_to AS "validTo"`;
const CURRENT = 'r.valid_to IS NULL';
const CODE = /^\d{6}(\d{3}(\d{3})?)?$/;

/** Checks a region code argument: 6, 9 or 12 digits. */
export function assertRegionCode(code: string, argument: string): string {
  if (!CODE.test(code)) throw userInputError(argument, `"${code}" is not a region code`, 'Give a 6-digit GB/T 2260 code such as "350205"');
  return code;
}

/** Reads regions: current rows by default; batched per request through DataLoaders. */
export class RegionService {
  constructor(private readonly db: DataSource) {}

  /** The current region of each code (null where unknown), one query per batch. */
  byCode(loaders: LoaderRegistry, code: string): Promise<Region | null> {
    return loaders.get<string, Region | null>('region.byCode', async (codes) => {
      const rows = (await keyLookups(this.db).query(`SELECT ${COLUMNS} FROM catalog.region r WHERE r.code = ANY($1) AND ${CURRENT}`, [codes])) as Region[];
      return byKey(codes, rows, (r) => r.code);
    }).load(code);
  }

  /** The current children of a region, ordered by code. */
  children(loaders: LoaderRegistry, code: string): Promise<Region[]> {
    return loaders.get<string, Region[]>('region.children', async (codes) => {
      const rows = (await keyLookups(this.db).query(
        `SELECT ${COLUMNS} FROM catalog.region r WHERE r.parent_code = ANY($1) AND ${CURRENT} ORDER BY r.code`, [codes])) as Region[];
      return groupByKey(codes, rows, (r) => r.parentCode ?? '');
    }).load(code);
  }

  /** A keyset page of current regions, ordered by code. */
  async list(filter: RegionFilter | undefined, first: number, after?: string | null): Promise<ConnectionValue<Region>> {
    const where = new SqlWhere().add(CURRENT);
    where.addIf(filter?.level, 'r.level = ?');
    where.addIf(filter?.parentCode, 'r.parent_code = ?', (c) => assertRegionCode(c, 'filter.parentCode'));
    where.addIf(filter?.nameContains, "r.full_name ILIKE ? ESCAPE '\\'", (t) => likePattern(t, 'filter.nameContains'));
    const page = await fetchKeysetPage<Region>(this.db, {
      select: COLUMNS,
      from: 'catalog.region r',
      where,
      order: { columns: ['r.code'], direction: 'ASC' },
      first,
      after,
      keyOf: (r) => [r.code],
    });
    return toConnection(page, (r) => r, () => countRows(this.db, 'catalog.region r', where));
  }
}
