import type { DataSource } from 'typeorm';

/** The organisation every fixture penalty concerns (a valid USCC of 厦门市海沧区). */
export const ORG = '91350205MA31XK2P5K';

/** One fixture penalty: the state it stands for, and what differs from a plain proactive one. */
export interface PenaltyCase {
  state: string;
  decisionDate: string;
  disclosure?: string | null;
  publicityEnd?: string;
  repairDate?: string;
  violationType?: string;
  withdrawn?: boolean;
  person?: string;
}

/** Every record state of the policy matrix, judged on 2026-12-02 unless a test moves the clock. */
export const CASES: PenaltyCase[] = [
  { state: 'proactive, in window', decisionDate: '2026-06-01' },
  { state: 'on request', decisionDate: '2026-06-02', disclosure: '依申请公开' },
  { state: 'not public', decisionDate: '2026-06-03', disclosure: '不予公开' },
  { state: 'no attribute', decisionDate: '2026-06-04', disclosure: null },
  { state: 'past the 3-year maximum', decisionDate: '2022-01-05' },
  { state: 'past its upstream end date', decisionDate: '2026-01-06', publicityEnd: '2026-06-30' },
  { state: 'upstream end date beyond the maximum', decisionDate: '2020-01-07', publicityEnd: '2027-01-07' },
  { state: 'repaired after the minimum', decisionDate: '2026-01-08', repairDate: '2026-08-01' },
  { state: 'repaired within the minimum', decisionDate: '2026-10-09', repairDate: '2026-10-15' },
  { state: 'special category repaired within its year', decisionDate: '2026-03-10', repairDate: '2026-04-01', violationType: '消防安全违法行为' },
  { state: 'withdrawn', decisionDate: '2026-06-11', withdrawn: true },
  { state: 'natural person', decisionDate: '2026-06-12', person: '欧阳明华' },
  { state: 'decided in the future', decisionDate: '2026-12-20' },
];

export const decisionNumberOf = (i: number): string => `厦海市监罚〔2026〕${String(i + 1).padStart(4, '0')}号`;
const AUTHORITY = '11350205003034767H';

/** Inserts the organisation, every case and its repair straight into the credit tables. */
export async function insertPolicyRecords(db: DataSource): Promise<void> {
  await db.query(`INSERT INTO credit.organization (uscc, uscc_valid, name, name_normalised, legal_rep, region_code, disclosure, upstream_changed_at, source, source_key, fetched_at, content_hash)
    VALUES ($1, true, '厦门测试贸易有限公司', '厦门测试贸易有限公司', '林国栋', '350205', '主动公开', now(), 'credit/qyxx', $1, now(), 'h')`, [ORG]);
  for (const [i, c] of CASES.entries()) {
    const number = decisionNumberOf(i);
    await db.query(`INSERT INTO credit.penalty (decision_number, authority_code, authority_name, subject_name, subject_category, subject_kind, uscc,
        person_id_type, person_id_number, violation_type, kinds, decision_date, publicity_end, disclosure, upstream_changed_at, source, source_key, fetched_at,
        content_hash, withdrawn_at, withdrawal_reason, region_code)
      VALUES ($1, $2, '厦门市海沧区市场监督管理局', $3, $4, $5, $6, $7, $8, $9, ARRAY['罚款'], $10, $11, $12, '2026-01-01T00:00:00+08:00', 'credit/xzcf', $1, now(),
        'h', $13, $14, '350205')`, [
      number, AUTHORITY, c.person ?? '厦门测试贸易有限公司', c.person ? '自然人' : '法人及非法人组织', c.person ? 'NATURAL_PERSON' : 'LEGAL_ENTITY', c.person ? null : ORG,
      c.person ? '身份证' : null, c.person ? '110101199003071234' : null, c.violationType ?? '经营超过保质期的食品', c.decisionDate, c.publicityEnd ?? null,
      c.disclosure === undefined ? '主动公开' : c.disclosure, c.withdrawn ? '2026-11-01T10:00:00+08:00' : null, c.withdrawn ? 'upstream delete' : null,
    ]);
    if (c.repairDate) {
      await db.query(`INSERT INTO credit.repair (decision_number, authority_code, repair_date, disclosure, upstream_changed_at, source, source_key, fetched_at, content_hash)
        VALUES ($1, $2, $3, '主动公开', now(), 'credit/xyxf', $1, now(), 'h')`, [number, AUTHORITY, c.repairDate]);
    }
  }
  await db.query(`INSERT INTO credit.abnormal_listing (uscc, name, listed_reason, listed_on, removed_reason, removed_on, disclosure, upstream_changed_at, source, source_key, fetched_at, content_hash)
    VALUES ($1, '厦门测试贸易有限公司', '通过登记的住所无法联系', '2025-03-01', NULL, NULL, '主动公开', now(), 'credit/jyyc', 'a1', now(), 'h'),
           ($1, '厦门测试贸易有限公司', '未按规定公示年度报告', '2024-05-01', '已补报', '2026-09-01', '主动公开', now(), 'credit/jyyc', 'a2', now(), 'h')`, [ORG]);
}
