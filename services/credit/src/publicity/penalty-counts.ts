import { createHash } from 'node:crypto';
import { regionPrefix, SqlWhere, type RecordView } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { PenaltyFilter } from '../penalty/penalty.inputs';
import type { CreditPolicy } from './credit-policy';
import { rebuildSql, triggerSql } from './penalty-count-sql';

interface CountRow {
  n: number;
  as_of: string | null;
}

/**
 * Penalty totals by region and decision date (credit.penalty_count), so that a column page's
 * `totalCount` reads at most one row per day of its range instead of every penalty in it. Triggers
 * keep the totals in step with every write; the public ones hold for one day (`as_of`), and the
 * first public count of a new day rebuilds them for it.
 */
export class PenaltyCounts {
  private readonly ddl: string[];
  private readonly fingerprint: string;

  constructor(private readonly db: DataSource, private readonly policy: CreditPolicy) {
    this.ddl = triggerSql(policy);
    this.fingerprint = createHash('sha256').update(this.ddl.join(';\n')).digest('hex');
  }

  /** Installs the triggers for this policy and builds the totals as of `today`, unless they are already. */
  async install(today: string): Promise<void> {
    await this.build(today, true);
  }

  /**
   * The total of a penalty list whose filter is at most a region and a decision-date range (a column
   * page), or undefined when the totals cannot say: other filters, or another process is rebuilding
   * them for a new day. Filters were checked by penaltyWhere.
   */
  async count(filter: PenaltyFilter | undefined, view: RecordView): Promise<number | undefined> {
    const query = totalQuery(filter, view);
    if (!query) return undefined;
    const read = async (): Promise<CountRow | undefined> => ((await this.db.query(query.sql, query.params)) as CountRow[])[0];
    let row = await read();
    if (row && !view.beyondPublic && row.as_of !== view.today) row = (await this.build(view.today, false)) ? await read() : undefined;
    return row && (view.beyondPublic || row.as_of === view.today) ? row.n : undefined;
  }

  /** Rebuilds when the triggers or the day are not this policy's and `today`; false if `wait` is off and another build holds the lock. */
  private build(today: string, wait: boolean): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const lock = (await m.query(`SELECT ${wait ? 'pg_advisory_xact_lock' : 'pg_try_advisory_xact_lock'}(hashtext('credit.penalty_count'))::text AS got`)) as { got: string }[];
      if (!wait && lock[0]?.got !== 'true') return false;
      const state = ((await m.query('SELECT fingerprint, as_of::text AS as_of FROM credit.penalty_count_state')) as { fingerprint: string; as_of: string }[])[0];
      if (state?.fingerprint === this.fingerprint && state.as_of === today) return true;
      await m.query('LOCK TABLE credit.penalty, credit.repair IN SHARE ROW EXCLUSIVE MODE');
      if (state?.fingerprint !== this.fingerprint) for (const statement of this.ddl) await m.query(statement);
      await m.query(`INSERT INTO credit.penalty_count_state (fingerprint, as_of) VALUES ($1, $2::date)
        ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, as_of = EXCLUDED.as_of, built_at = now()`, [this.fingerprint, today]);
      await m.query('TRUNCATE credit.penalty_count');
      await m.query(rebuildSql(this.policy));
      return true;
    });
  }
}

/** The summary query of a column-page filter, or undefined for any other filter. */
function totalQuery(filter: PenaltyFilter | undefined, view: RecordView): { sql: string; params: unknown[] } | undefined {
  const { regionCode, decisionDate, ...rest } = filter ?? {};
  if (Object.values(rest).some((v) => v !== undefined && v !== null)) return undefined;
  const where = new SqlWhere().add('region_prefix = ?', regionCode ? regionPrefix(regionCode, 'filter.regionCode') : '');
  where.addIf(decisionDate?.from, 'decision_date >= ?::date').addIf(decisionDate?.to, 'decision_date <= ?::date');
  const n = view.beyondPublic ? 'n_all' : 'n_public';
  return {
    sql: `SELECT (SELECT as_of::text FROM credit.penalty_count_state) AS as_of, COALESCE(sum(${n}), 0)::int AS n FROM credit.penalty_count ${where.sql}`,
    params: where.params,
  };
}
