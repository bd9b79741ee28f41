import type { CreditPolicy } from './credit-policy';
import { penaltyShownUntil } from './penalty-rule';

/** A penalty's repair: the same join as the lists' (PENALTY_WITH_REPAIR). */
export const REPAIR_OF_P = 'pr.decision_number = p.decision_number AND pr.authority_code = p.authority_code AND pr.withdrawn_at IS NULL';

/** Each penalty counts under the whole list and its province, city and county code prefixes. */
const PREFIXES = `(VALUES (''), (CASE WHEN length(d.region_code) >= 2 THEN left(d.region_code, 2) END),
  (CASE WHEN length(d.region_code) >= 4 THEN left(d.region_code, 4) END), (CASE WHEN length(d.region_code) >= 6 THEN left(d.region_code, 6) END)) AS pf(region_prefix)`;

const AS_OF = '(SELECT as_of FROM credit.penalty_count_state)';

/** The penalties of `from` (alias `p`, its repair's date `repairDate`), each counted `delta` times. */
export function contributions(policy: CreditPolicy, from: string, repairDate: string, delta: 1 | -1): string {
  const shown = `p.decision_date <= ${AS_OF} AND ${penaltyShownUntil(policy, 'p', repairDate)} > ${AS_OF}`;
  return `SELECT p.region_code, p.decision_date, ${delta} AS d_all, CASE WHEN ${shown} THEN ${delta} ELSE 0 END AS d_public FROM ${from}`;
}

/** Adds the summed contributions of `parts` (UNION ALL) to credit.penalty_count. */
export function applySql(parts: string[]): string {
  return `INSERT INTO credit.penalty_count AS c (region_prefix, decision_date, n_all, n_public)
    SELECT pf.region_prefix, d.decision_date, sum(d.d_all), sum(d.d_public)
    FROM (${parts.join(' UNION ALL ')}) d CROSS JOIN LATERAL ${PREFIXES}
    WHERE pf.region_prefix IS NOT NULL
    GROUP BY 1, 2 HAVING sum(d.d_all) <> 0 OR sum(d.d_public) <> 0 ORDER BY 1, 2
    ON CONFLICT (region_prefix, decision_date) DO UPDATE SET n_all = c.n_all + EXCLUDED.n_all, n_public = c.n_public + EXCLUDED.n_public`;
}

/** Every penalty with its repair, counted once: the summary's full content. */
export const rebuildSql = (policy: CreditPolicy): string => applySql([contributions(policy, `credit.penalty p LEFT JOIN credit.repair pr ON ${REPAIR_OF_P}`, 'pr.repair_date', 1)]);

/** The penalties whose key is in `keys` (repair rows), with the repair state `joined` (null: none). */
function repaired(policy: CreditPolicy, keys: string, joined: string | null, delta: 1 | -1): string {
  const affected = `(p.decision_number, p.authority_code) IN (SELECT decision_number, authority_code FROM ${keys})`;
  return joined
    ? contributions(policy, `credit.penalty p LEFT JOIN ${joined} pr ON ${REPAIR_OF_P} WHERE ${affected}`, 'pr.repair_date', delta)
    : contributions(policy, `credit.penalty p WHERE ${affected}`, 'NULL::date', delta);
}

function triggerFunction(name: string, ops: Record<string, string>): string {
  const branches = Object.entries(ops).map(([op, sql], i) => `${i === 0 ? 'IF' : 'ELSIF'} TG_OP = '${op}' THEN ${sql};`);
  return `CREATE OR REPLACE FUNCTION credit.${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      ${branches.join('\n      ')}
      END IF;
      RETURN NULL;
    END $fn$`;
}

function statementTriggers(table: string, fn: string): string[] {
  const on = (op: string, transitions: string): string =>
    `CREATE OR REPLACE TRIGGER ${table}_count_${op.toLowerCase()} AFTER ${op} ON credit.${table} REFERENCING ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION credit.${fn}()`;
  return [on('INSERT', 'NEW TABLE AS new_rows'), on('UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'), on('DELETE', 'OLD TABLE AS old_rows')];
}

/** The trigger functions and statement triggers that keep credit.penalty_count in step with every write. */
export function triggerSql(policy: CreditPolicy): string[] {
  const withRepair = (rows: string): string => `${rows} p LEFT JOIN credit.repair pr ON ${REPAIR_OF_P}`;
  const penalty = (rows: string, delta: 1 | -1): string => contributions(policy, withRepair(rows), 'pr.repair_date', delta);
  // A repair moves the end of its penalty's window: take the penalty out as it was, put it back as it is.
  const moved = '(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) k';
  return [
    triggerFunction('penalty_count_on_penalty', {
      INSERT: applySql([penalty('new_rows', 1)]),
      UPDATE: applySql([penalty('old_rows', -1), penalty('new_rows', 1)]),
      DELETE: applySql([penalty('old_rows', -1)]),
    }),
    triggerFunction('penalty_count_on_repair', {
      INSERT: applySql([repaired(policy, 'new_rows', null, -1), repaired(policy, 'new_rows', 'credit.repair', 1)]),
      UPDATE: applySql([repaired(policy, moved, 'old_rows', -1), repaired(policy, moved, 'credit.repair', 1)]),
      DELETE: applySql([repaired(policy, 'old_rows', 'old_rows', -1), repaired(policy, 'old_rows', null, 1)]),
    }),
    `CREATE OR REPLACE FUNCTION credit.penalty_count_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN TRUNCATE credit.penalty_count; RETURN NULL; END $fn$`,
    ...statementTriggers('penalty', 'penalty_count_on_penalty'),
    ...statementTriggers('repair', 'penalty_count_on_repair'),
    'CREATE OR REPLACE TRIGGER penalty_count_truncate AFTER TRUNCATE ON credit.penalty FOR EACH STATEMENT EXECUTE FUNCTION credit.penalty_count_on_truncate()',
  ];
}
