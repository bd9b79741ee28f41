import { pageSize, whereForView, type RecordView } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { AwardFilter } from '../organization/award.inputs';
import { ALL_AWARDS } from '../organization/award.row';
import { tradingRule } from '../publicity/trading-rule';
import { partyOf } from '../shared/party';
import { tradingWhere } from '../shared/trading-filter';
import type { WinnerAwards } from './winner-awards.type';

interface WinnerRow {
  name: string;
  code: string | null;
  codeType: string | null;
  usccValid: boolean | null;
  codeWarning: string | null;
  count: number;
  amountYuan: string;
}

const YUAN = `COALESCE(sum((w ->> 'yuan')::numeric), 0)`;

/**
 * Awards per winner computed in SQL over construction win results and procurement results: one
 * row per winner code (per name as published for winners without one), most awarded first.
 */
export class AwardsPerWinnerService {
  constructor(private readonly db: DataSource) {}

  async top(filter: AwardFilter | undefined, first: number | undefined, view: RecordView): Promise<WinnerAwards[]> {
    const where = tradingWhere('a', filter, { publishedAt: 'a.awarded_at', textColumns: ['title', 'project_code'] }).addIf(filter?.kind, 'a.kind = ?');
    whereForView(where, view, tradingRule, 'a');
    const limit = where.param(pageSize(first));
    const rows = (await this.db.query(`SELECT (array_agg(w ->> 'name' ORDER BY a.awarded_at DESC))[1] AS name, max(w ->> 'code') AS code,
        max(w ->> 'code_type') AS "codeType", bool_or((w ->> 'uscc_valid')::boolean) AS "usccValid", max(w ->> 'code_warning') AS "codeWarning",
        count(DISTINCT a.uid)::int AS count, ${YUAN}::text AS "amountYuan"
      FROM ${ALL_AWARDS} CROSS JOIN LATERAL jsonb_array_elements(a.winners_json::jsonb) w ${where.sql}
      GROUP BY COALESCE(w ->> 'code', 'name:' || (w ->> 'name'))
      ORDER BY ${YUAN} DESC, count(DISTINCT a.uid) DESC, COALESCE(w ->> 'code', 'name:' || (w ->> 'name')) LIMIT ${limit}`, where.params)) as WinnerRow[];
    return rows.map((r) => ({ winner: partyOf(r.name, r.codeType, r.code, r.usccValid, r.codeWarning) ?? partyOf(r.name, null, null, null, null)!, count: r.count, amountYuan: r.amountYuan }));
  }
}
