import type { Pool } from 'pg';

/** `ORDER BY <keys> LIMIT 5` of `rows`, as a JSON array of `node` (an empty array when none). */
const firstFive = (node: string, rows: string, keys: string): string =>
  `(SELECT coalesce(json_agg(${node} ORDER BY ${keys}), '[]') FROM (SELECT * FROM ${rows} s ORDER BY ${keys} LIMIT 5) t)`;

/** `{ totalCount, nodes }` of a per-organisation list. */
const connection = (node: string, rows: string, keys: string): string =>
  `json_build_object('totalCount', (SELECT count(*) FROM ${rows} s), 'nodes', ${firstFive(node, rows, keys)})`;

/** Money as the graph shows `{ yuan }`: null unless amount, unit and yuan are all known. */
const yuan = (amount: string, unit: string, value: string): string =>
  `CASE WHEN ${amount} IS NULL OR ${unit} IS NULL OR ${value} IS NULL THEN NULL ELSE json_build_object('yuan', ${value}::text) END`;

/** Won by organisation `o`: its code among the winner codes, or its normalised name among the uncoded winners. */
const wonBy = (r: string): string => `(${r}.winner_codes @> ARRAY[o.uscc] OR ${r}.winner_uncoded_names @> ARRAY[o.name_normalised])`;

const AWARDS = `(SELECT 'CONSTRUCTION' AS kind, 'C' || w.id AS uid, w.notice_name AS title, COALESCE(w.notice_sent_at, w.upstream_changed_at) AS at, w.winners_json
    FROM trading.construction_win_result w WHERE ${wonBy('w')}
  UNION ALL SELECT 'PROCUREMENT', 'P' || r.id, r.title, COALESCE(r.published_at, r.upstream_changed_at), r.winners_json
    FROM trading.procurement_result r WHERE ${wonBy('r')})`;

const WINNERS = `(SELECT json_agg(json_build_object('name', coalesce(e->>'name', ''), 'amount', ${yuan("e->>'amount'", "e->>'unit'", "e->>'yuan'")}))
  FROM json_array_elements(t.winners_json::json) e)`;

const CONTRACTS = `(SELECT c.contract_code, c.contract_amount_amount, c.contract_amount_unit, c.contract_amount_yuan, c.signed_on,
    COALESCE(c.published_at, c.upstream_changed_at) AS at, c.notice_id
  FROM trading.procurement_contract c WHERE c.project_code IN (
    SELECT r.project_code FROM trading.procurement_result r WHERE ${wonBy('r')} AND r.project_code IS NOT NULL))`;

/**
 * An analyst's profile of each organisation of `$1` (analysts see every record, so no publicity
 * predicate): register and region, penalties and listings (credit), awards and contracts
 * (trading), five of each with their totals — one statement, the JSON built by Postgres, one row
 * per organisation in register order.
 */
const PROFILES = `SELECT json_build_object(
  'uscc', o.uscc, 'name', o.name, 'legalRepresentative', o.legal_rep, 'status', o.status,
  'region', (SELECT json_build_object('name', rg.name) FROM catalog.region rg WHERE rg.code = o.region_code AND rg.valid_to IS NULL),
  'penalties', ${connection(`json_build_object('decisionNumber', t.decision_number, 'decisionDate', t.decision_date::text, 'kinds', t.kinds,
      'fine', ${yuan('t.fine_amount', 't.fine_unit', 't.fine_yuan')})`,
    '(SELECT p.id, p.decision_number, p.decision_date, p.kinds, p.fine_amount, p.fine_unit, p.fine_yuan FROM credit.penalty p WHERE p.uscc = o.uscc)', 'decision_date DESC, id DESC')},
  'abnormalListings', ${connection(`json_build_object('listedReason', t.listed_reason, 'listedOn', t.listed_on::text, 'removedOn', t.removed_on::text)`,
    '(SELECT a.id, a.listed_reason, a.listed_on, a.removed_on FROM credit.abnormal_listing a WHERE a.uscc = o.uscc)', 'listed_on DESC, id DESC')},
  'bidsWon', ${connection(`json_build_object('kind', t.kind, 'title', t.title,
      'awardedAt', to_char(t.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"'), 'winners', ${WINNERS})`, AWARDS, 'at DESC, uid DESC')},
  'contracts', ${connection(`json_build_object('contractCode', t.contract_code,
      'contractAmount', ${yuan('t.contract_amount_amount', 't.contract_amount_unit', 't.contract_amount_yuan')}, 'signedOn', t.signed_on::text)`,
    CONTRACTS, 'at DESC, notice_id DESC')}
)::text AS profile
FROM credit.organization o WHERE o.uscc = ANY($1) ORDER BY o.uscc`;

/** The profiles of `usccs` as JSON texts, in register order (spliced into the response unparsed). */
export function profiles(pool: Pool): (usccs: string[]) => Promise<string[]> {
  return async (usccs) => (await pool.query<{ profile: string }>(PROFILES, [usccs])).rows.map((r) => r.profile);
}
