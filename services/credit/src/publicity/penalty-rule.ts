import { commonHidden, isoDateSql, isoDateTimeSql, NotPublicReason, type PublicityRule } from '@keyfield/core';
import type { CreditPolicy } from './credit-policy';

/** The repair joined to each penalty in lists (alias `pr`): a withdrawn repair ends nothing. */
export const PENALTY_WITH_REPAIR = `credit.penalty p LEFT JOIN credit.repair pr
  ON pr.decision_number = p.decision_number AND pr.authority_code = p.authority_code AND pr.withdrawn_at IS NULL`;

/**
 * A penalty's publicity (policy.md 公示期): from its decision date for at least the minimum
 * (a year for 特种设备 / 安全生产 / 消防) and at most the maximum; an upstream end date (CF_GSJZQ,
 * inclusive) wins over the computed end; a credit repair (alias `pr`) ends it on the repair date,
 * but never before the minimum has passed.
 */
export function penaltyRule(policy: CreditPolicy): PublicityRule {
  const words = policy.penaltySpecialKeywords.join('|');
  return (a, today) => {
    const special = words ? `concat_ws(' ', ${a}.violation_type, ${a}.legal_basis, ${a}.authority_name) ~ '${words}'` : 'false';
    const minEnd = `(${a}.decision_date + CASE WHEN ${special} THEN interval '${policy.penaltySpecialMinMonths} months' ELSE interval '${policy.penaltyMinMonths} months' END)::date`;
    // The first day out of view.
    const end = `COALESCE(${a}.publicity_end + 1, (${a}.decision_date + interval '${policy.penaltyMaxMonths} months')::date)`;
    const repairEnd = `GREATEST(pr.repair_date, ${minEnd})`;
    return [
      ...commonHidden(a),
      { reason: NotPublicReason.NOT_YET, when: `${a}.decision_date > ${today}`, since: isoDateTimeSql(`${a}.upstream_changed_at`) },
      { reason: NotPublicReason.REPAIRED, when: `pr.repair_date IS NOT NULL AND ${repairEnd} <= ${today} AND ${repairEnd} < ${end}`, since: isoDateSql(repairEnd) },
      { reason: NotPublicReason.WINDOW_ENDED, when: `${end} <= ${today}`, since: isoDateSql(end) },
    ];
  };
}
