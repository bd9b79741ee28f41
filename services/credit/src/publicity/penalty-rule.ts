import { commonHidden, isoDateSql, isoDateTimeSql, NotPublicReason, type PublicityRule } from '@keyfield/core';
import type { CreditPolicy } from './credit-policy';

/** The repair joined to each penalty in lists (alias `pr`): a withdrawn repair ends nothing. */
export const PENALTY_WITH_REPAIR = `credit.penalty p LEFT JOIN credit.repair pr
  ON pr.decision_number = p.decision_number AND pr.authority_code = p.authority_code AND pr.withdrawn_at IS NULL`;

/** The dates that bound one penalty's publicity, as SQL over its row and its repair's date. */
export interface PenaltyWindow {
  /** The first day the minimum no longer holds. */
  minEnd: string;
  /** The first day out of view without a repair. */
  end: string;
  /** The first day out of view with the repair (null without one), unless `end` comes first. */
  repairEnd: string;
}

/**
 * A penalty's publicity (policy.md 公示期): from its decision date for at least the minimum
 * (a year for 特种设备 / 安全生产 / 消防) and at most the maximum; an upstream end date (CF_GSJZQ,
 * inclusive) wins over the computed end; a credit repair ends it on the repair date, but never
 * before the minimum has passed. `repairDate` is the SQL of the joined repair's date.
 */
export function penaltyWindow(policy: CreditPolicy, a: string, repairDate: string): PenaltyWindow {
  const words = policy.penaltySpecialKeywords.join('|');
  const special = words ? `concat_ws(' ', ${a}.violation_type, ${a}.legal_basis, ${a}.authority_name) ~ '${words}'` : 'false';
  const minEnd = `(${a}.decision_date + CASE WHEN ${special} THEN interval '${policy.penaltySpecialMinMonths} months' ELSE interval '${policy.penaltyMinMonths} months' END)::date`;
  return {
    minEnd,
    end: `COALESCE(${a}.publicity_end + 1, (${a}.decision_date + interval '${policy.penaltyMaxMonths} months')::date)`,
    repairEnd: `GREATEST(${repairDate}, ${minEnd})`,
  };
}

/** The penalty rule over `p`-like alias `a` and its repair (alias `pr`, see PENALTY_WITH_REPAIR). */
export function penaltyRule(policy: CreditPolicy): PublicityRule {
  return (a, today) => {
    const { end, repairEnd } = penaltyWindow(policy, a, 'pr.repair_date');
    return [
      ...commonHidden(a),
      { reason: NotPublicReason.NOT_YET, when: `${a}.decision_date > ${today}`, since: isoDateTimeSql(`${a}.upstream_changed_at`) },
      { reason: NotPublicReason.REPAIRED, when: `pr.repair_date IS NOT NULL AND ${repairEnd} <= ${today} AND ${repairEnd} < ${end}`, since: isoDateSql(repairEnd) },
      { reason: NotPublicReason.WINDOW_ENDED, when: `${end} <= ${today}`, since: isoDateSql(end) },
    ];
  };
}

/**
 * The first day a penalty is out of public view for good, as SQL over its row `a` and its repair's
 * date: `-infinity` for a row never public (withdrawn, not 主动公开). A row is in public view on
 * day D exactly when `decision_date <= D AND D < shown_until`, which is what penaltyRule says.
 */
export function penaltyShownUntil(policy: CreditPolicy, a: string, repairDate: string): string {
  const { end, repairEnd } = penaltyWindow(policy, a, repairDate);
  const never = commonHidden(a).map((h) => `(${h.when}) IS TRUE`).join(' OR ');
  return `CASE WHEN ${never} THEN '-infinity'::date ELSE LEAST(${end}, CASE WHEN ${repairDate} IS NOT NULL THEN ${repairEnd} END) END`;
}
