import { NotPublicReason } from './not-public-reason';
import { isoDateTimeSql, type HiddenWhen } from './publicity-rule';

/**
 * The conditions every synced record shares (policy.md): withdrawn records leave public view at
 * once; only 主动公开 records reach the public (a missing attribute counts as 依申请公开).
 */
export function commonHidden(a: string): HiddenWhen[] {
  return [
    { reason: NotPublicReason.WITHDRAWN, when: `${a}.withdrawn_at IS NOT NULL`, since: isoDateTimeSql(`${a}.withdrawn_at`) },
    { reason: NotPublicReason.NOT_PROACTIVE, when: `${a}.disclosure IS DISTINCT FROM '主动公开'`, since: isoDateTimeSql(`${a}.upstream_changed_at`) },
  ];
}
