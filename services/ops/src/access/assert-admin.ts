import { forbiddenError, type RequestContext } from '@keyfield/core';

/** Who performed an operator action: recorded in `decided_by` and in the log line of every write. */
export interface Actor {
  name: string;
}

/**
 * The one access check of the ops subgraph; every root field and mutation calls it first
 * (policy.md "Roles": only `admin` reads sync status, quarantine and configuration, triggers syncs,
 * releases held snapshots and re-drives quarantined records). Returns the admin by the token's subject.
 */
export function assertAdmin(ctx: RequestContext): Actor {
  if (ctx.identity.role !== 'admin') throw forbiddenError('read or operate the sync', 'an admin');
  return { name: ctx.identity.subject ?? 'admin' };
}
