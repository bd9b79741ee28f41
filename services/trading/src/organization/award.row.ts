import { normaliseName } from '@keyfield/core';
import { partiesOf } from '../shared/party';
import { INSTANT, RECORD_COLUMNS, recordOf, type RecordRow } from '../shared/record-columns';
import { SORT_KEY } from '../shared/trading-order';
import type { AwardKind, TradingAward } from './award.type';

const PROVENANCE = 'disclosure, upstream_changed_at, source, source_key, fetched_at, updated_at, withdrawn_at, withdrawal_reason';
const WINNERS = 'region_code, winners_json, winner_codes, winner_uncoded_names';

/** Construction win results and procurement results as one relation of awards, alias `a`. */
export const ALL_AWARDS = `(SELECT 'CONSTRUCTION' AS kind, 'C' || id AS uid, tender_project_code AS project_code, notice_name AS title,
    COALESCE(notice_sent_at, upstream_changed_at) AS awarded_at, ${WINNERS}, ${PROVENANCE} FROM trading.construction_win_result
  UNION ALL SELECT 'PROCUREMENT', 'P' || id, project_code, title, COALESCE(published_at, upstream_changed_at), ${WINNERS}, ${PROVENANCE}
    FROM trading.procurement_result) a`;

export const AWARD_COLUMNS = `${RECORD_COLUMNS('a', 'a.uid')}, a.kind, a.project_code AS "projectCode", a.title,
  ${INSTANT('a.awarded_at', 'awardedAt')}, a.winners_json AS "winnersJson", ${SORT_KEY('a.awarded_at')}`;

export interface AwardRow extends RecordRow {
  kind: AwardKind;
  projectCode: string | null;
  title: string;
  awardedAt: string;
  winnersJson: string;
  sortKey: string;
}

/**
 * An award as one organisation's: its winner entries are tied to it — by code, or by its normalised
 * name where the entry was published without a code (then flagged `matchedByName`).
 */
export function toAwardOf(r: AwardRow, uscc: string, nameKey: string | null): TradingAward {
  const winners = partiesOf(r.winnersJson).map((w) => (w.code === null && nameKey !== null && normaliseName(w.name) === nameKey
    ? { ...w, matchedByName: true, organization: { uscc } } : w));
  const byCode = winners.some((w) => w.code === uscc);
  return {
    ...recordOf(r), kind: r.kind, projectCode: r.projectCode, title: r.title, awardedAt: r.awardedAt, winners,
    matchedByName: !byCode && winners.some((w) => w.matchedByName),
  };
}
