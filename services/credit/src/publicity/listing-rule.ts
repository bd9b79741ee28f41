import { commonHidden, isoDateSql, NotPublicReason, type PublicityRule } from '@keyfield/core';

/** An abnormal-operations listing leaves public view on the day it is removed (移出). */
export const listingRule: PublicityRule = (a, today) => [
  ...commonHidden(a),
  { reason: NotPublicReason.REMOVED, when: `${a}.removed_on <= ${today}`, since: isoDateSql(`${a}.removed_on`) },
];

/** Records public while proactive and not withdrawn: permits, repairs, defaulters, the register. */
export const recordRule: PublicityRule = (a) => commonHidden(a);
