import { integer } from '../config/settings';
import { commonHidden } from './common-rules';
import { NotPublicReason } from './not-public-reason';
import { isoDateSql, type PublicityRule } from './publicity-rule';

/**
 * Settings of the enforcement-result rule (domains.md §3, a local rule: verify with the
 * jurisdiction); the enforcement subgraph reads them with `readSettings`.
 */
export const enforcementResultSpec = {
  years: integer('ENFORCEMENT_RESULT_YEARS', 'years an enforcement result stays in public view after its decision', 5, 1, 50),
  personYears: integer('ENFORCEMENT_RESULT_PERSON_YEARS', 'years an enforcement result concerning a natural person stays in public view', 2, 1, 50),
};

export interface EnforcementResultPolicy {
  years: number;
  personYears: number;
}

/** Where a result table keeps what the rule reads. */
export interface EnforcementResultColumns {
  decisionDate: string;
  /** SQL boolean over the alias: the party is a natural person. */
  naturalPerson: (alias: string) => string;
  /** A date column: when the decision was revoked (null while in force). */
  revokedOn: string;
}

/**
 * Enforcement results (执法结果) leave public view `years` after the decision (`personYears` for a
 * natural person), or on the day the decision is revoked, whichever comes first.
 */
export function enforcementResultRule(policy: EnforcementResultPolicy, columns: EnforcementResultColumns): PublicityRule {
  return (a, today) => {
    const end = `(${a}.${columns.decisionDate} + CASE WHEN ${columns.naturalPerson(a)} THEN interval '${policy.personYears} years' ELSE interval '${policy.years} years' END)::date`;
    return [
      ...commonHidden(a),
      { reason: NotPublicReason.REVOKED, when: `${a}.${columns.revokedOn} <= ${today}`, since: isoDateSql(`${a}.${columns.revokedOn}`) },
      { reason: NotPublicReason.WINDOW_ENDED, when: `${end} <= ${today}`, since: isoDateSql(end) },
    ];
  };
}
