import { checkDateRange, whereForView, groupByKey, regionPrefix, SqlWhere, type LoaderRegistry, type RecordView } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { PUBLISHED } from '../procurement/procurement-columns';
import { tradingRule } from '../publicity/trading-rule';
import { VolumeDimension, type ProcurementVolume, type ProcurementVolumeFilter } from './procurement-volume.type';

const DIMENSIONS: Record<VolumeDimension, string> = {
  [VolumeDimension.REGION]: 'r.region_code',
  [VolumeDimension.METHOD]: 'r.purchase_method',
  [VolumeDimension.MONTH]: `to_char(${PUBLISHED('r')} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`,
};

// The amount a result awarded: its winners' amounts in 元 (a consortium member without one adds nothing).
const AWARDED = `(SELECT sum((w ->> 'yuan')::numeric) FROM jsonb_array_elements(r.winners_json::jsonb) w)`;

function volumeWhere(filter: ProcurementVolumeFilter | undefined, view: RecordView): SqlWhere {
  const where = new SqlWhere();
  const range = checkDateRange(filter?.publishedDate, 'filter.publishedDate');
  where.addIf(filter?.regionCode, 'r.region_code LIKE ?', (c) => `${regionPrefix(c, 'filter.regionCode')}%`);
  where.addIf(range?.from, `${PUBLISHED('r')} >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  where.addIf(range?.to, `${PUBLISHED('r')} < ((?::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  where.addIf(filter?.purchaseMethod, 'r.purchase_method = ?');
  return whereForView(where, view, tradingRule, 'r');
}

interface VolumeRow extends ProcurementVolume {
  __region?: string;
}

/**
 * Procurement volume computed in SQL: procurement results counted and their awarded amounts summed,
 * grouped by region, method and month; the public's sums cover public records only.
 */
export class ProcurementVolumeService {
  constructor(private readonly db: DataSource) {}

  async volume(filter: ProcurementVolumeFilter | undefined, groupBy: VolumeDimension[], view: RecordView): Promise<ProcurementVolume[]> {
    return (await this.query(volumeWhere(filter, view), groupBy)).map(strip);
  }

  /** The volume of a region and its subdivisions; every region of a level in one query. */
  ofRegion(loaders: LoaderRegistry, code: string, filter: ProcurementVolumeFilter | undefined, groupBy: VolumeDimension[], view: RecordView): Promise<ProcurementVolume[]> {
    const signature = `procurementVolume:${JSON.stringify([filter ?? null, groupBy, view])}`;
    return loaders.get<string, ProcurementVolume[]>(signature, async (codes) => {
      const where = volumeWhere(filter, view);
      const join = `JOIN unnest(${where.param(codes)}::text[], ${where.param(codes.map((c) => regionPrefix(c, 'code')))}::text[]) AS rg(code, prefix) ON r.region_code LIKE rg.prefix || '%'`;
      const rows = await this.query(where, groupBy, { join, column: 'rg.code' });
      return groupByKey(codes, rows, (r) => r.__region ?? '').map((list) => list.map(strip));
    }).load(code);
  }

  private async query(where: SqlWhere, groupBy: VolumeDimension[], region?: { join: string; column: string }): Promise<VolumeRow[]> {
    const dims = [...new Set(groupBy)];
    const groups = [...(region ? [`${region.column}`] : []), ...dims.map((d) => DIMENSIONS[d])];
    const select = [
      ...(region ? [`${region.column} AS "__region"`] : []),
      `${dims.includes(VolumeDimension.REGION) ? DIMENSIONS.REGION : 'NULL'} AS "regionCode"`,
      `${dims.includes(VolumeDimension.METHOD) ? DIMENSIONS.METHOD : 'NULL'} AS method`,
      `${dims.includes(VolumeDimension.MONTH) ? DIMENSIONS.MONTH : 'NULL'} AS month`,
      'count(*)::int AS count', `COALESCE(sum(${AWARDED}), 0)::text AS "amountYuan"`,
    ];
    const grouping = groups.length ? `GROUP BY ${groups.join(', ')} ORDER BY ${groups.map((g) => `${g} NULLS LAST`).join(', ')}` : '';
    const sql = `SELECT ${select.join(', ')} FROM trading.procurement_result r ${region?.join ?? ''} ${where.sql} ${grouping}`;
    return (await this.db.query(sql, where.params)) as VolumeRow[];
  }
}

const strip = ({ regionCode, method, month, count, amountYuan }: VolumeRow): ProcurementVolume => ({ regionCode, method, month, count, amountYuan });
