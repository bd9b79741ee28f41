import { registerEnumType } from 'type-graphql';

/** Why a record is out of public view (policy.md); analysts see it marked with one of these. */
export enum NotPublicReason {
  WITHDRAWN = 'WITHDRAWN',
  NOT_PROACTIVE = 'NOT_PROACTIVE',
  NOT_YET = 'NOT_YET',
  REPAIRED = 'REPAIRED',
  WINDOW_ENDED = 'WINDOW_ENDED',
  REMOVED = 'REMOVED',
  REVOKED = 'REVOKED',
}

registerEnumType(NotPublicReason, {
  name: 'NotPublicReason',
  description: '不公开原因 — why a record is not in public view',
  valuesConfig: {
    WITHDRAWN: { description: '已撤回 — withdrawn by the upstream or missing from a complete snapshot' },
    NOT_PROACTIVE: { description: '非主动公开 — 依申请公开 or 不予公开 (or no attribute yet)' },
    NOT_YET: { description: '未到公示期 — its publicity has not started' },
    REPAIRED: { description: '信用修复 — publicity ended early by a credit repair' },
    WINDOW_ENDED: { description: '公示期满 — its publicity window has ended' },
    REMOVED: { description: '已移出 — removed from the list' },
    REVOKED: { description: '已撤销 — the decision was revoked' },
  },
});
