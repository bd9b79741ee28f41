import type { Pool } from 'pg';
import { maskPersonName } from '../../../packages/core/src/ids/mask-name';

/** The penalty list with its repair (the publicity rule reads `pr`) and the region's current name. */
const FROM = `credit.penalty p LEFT JOIN credit.repair pr
  ON pr.decision_number = p.decision_number AND pr.authority_code = p.authority_code AND pr.withdrawn_at IS NULL`;

interface Row {
  id: string;
  decision_number: string;
  decision_date: string;
  kinds: string[];
  subject_name: string;
  subject_kind: string;
  uscc: string | null;
  fine_amount: string | null;
  fine_unit: string | null;
  fine_yuan: string | null;
  authority_name: string;
  region_code: string | null;
  region_name: string | null;
}

export interface ColumnArgs {
  regionCode: string;
  from: string;
  to: string;
}

/** `350000` → `35`, `350200` → `3502`, `350205` → `350205`: a region covers its subdivisions. */
const prefixOf = (code: string): string => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);

const todayInShanghai = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const cursorOf = (r: Row): string => Buffer.from(JSON.stringify([r.decision_date, r.id])).toString('base64url');

function nodeOf(r: Row): unknown {
  const person = r.subject_kind === 'NATURAL_PERSON';
  return {
    id: r.id, decisionNumber: r.decision_number, decisionDate: r.decision_date, kinds: r.kinds,
    subject: { name: person ? maskPersonName(r.subject_name) : r.subject_name, kind: r.subject_kind, uscc: r.uscc },
    fine: r.fine_amount === null || r.fine_unit === null || r.fine_yuan === null ? null : { amount: r.fine_amount, unit: r.fine_unit, yuan: r.fine_yuan },
    authority: { name: r.authority_name },
    region: r.region_code === null ? null : { code: r.region_code, name: r.region_name },
  };
}

/**
 * The portal's column page: 20 penalties of a region and date range in public view, newest first,
 * with the total. `publicOnly` is keyfield's penalty publicity rule as SQL (the same predicates, so
 * both answer the same question), `$TODAY` standing for the request's Shanghai date. The total
 * comes from keyfield's maintained penalty totals (credit.penalty_count) when they are today's,
 * as keyfield's own does; otherwise by counting.
 */
export function columnPage(pool: Pool, publicOnly: string): (args: ColumnArgs) => Promise<unknown> {
  const where = `WHERE p.region_code LIKE $1 AND p.decision_date >= $2::date AND p.decision_date <= $3::date AND ${publicOnly.replaceAll('$TODAY', '$4::date')}`;
  const page = `SELECT p.id::text AS id, p.decision_number, p.decision_date::text AS decision_date, p.kinds, p.subject_name, p.subject_kind, p.uscc,
      p.fine_amount, p.fine_unit, p.fine_yuan, p.authority_name, p.region_code, rg.name AS region_name
    FROM ${FROM} LEFT JOIN catalog.region rg ON rg.code = p.region_code AND rg.valid_to IS NULL
    ${where} ORDER BY p.decision_date DESC, p.id DESC LIMIT 21`;
  const count = `SELECT count(*)::int AS n FROM ${FROM} ${where}`;
  const summary = `SELECT sum(n_public)::int AS n FROM credit.penalty_count
    WHERE region_prefix = $1 AND decision_date >= $2::date AND decision_date <= $3::date AND (SELECT as_of FROM credit.penalty_count_state) = $4::date`;
  const total = async (prefix: string, params: string[]): Promise<number> => {
    const kept = await pool.query<{ n: number | null }>(summary, [prefix, ...params.slice(1)]);
    return kept.rows[0]?.n ?? (await pool.query<{ n: number }>(count, params)).rows[0]?.n ?? 0;
  };
  return async ({ regionCode, from, to }) => {
    const prefix = prefixOf(regionCode);
    const params = [`${prefix}%`, from, to, todayInShanghai()];
    const [rows, n] = await Promise.all([pool.query<Row>(page, params), total(prefix, params)]);
    const nodes = rows.rows.slice(0, 20);
    const last = nodes[nodes.length - 1];
    return {
      data: {
        penalties: {
          totalCount: n,
          pageInfo: { hasNextPage: rows.rows.length > 20, endCursor: last ? cursorOf(last) : null },
          nodes: nodes.map(nodeOf),
        },
      },
    };
  };
}
