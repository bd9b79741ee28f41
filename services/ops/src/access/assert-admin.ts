import type { RequestContext } from '@keyfield/core';

/** Who performed an operator action: recorded in `decided_by` and in the log line of every write. */
export interface Actor {
  name: string;
}

/** The name recorded for every caller until authentication lands. */
export const UNVERIFIED_ACTOR = 'unverified';

/**
 * The one access check of the ops subgraph; every root field and mutation calls it first
 * (policy.md "Roles": only `admin` reads sync status, quarantine and configuration, triggers syncs,
 * releases held snapshots and re-drives quarantined records).
 *
 * Today it allows every caller and names them `unverified`: access control is the next issue's (the
 * gateway verifies the JWT and signs what it forwards). It will then throw `UNAUTHENTICATED` without
 * a verified identity and `FORBIDDEN` for any role but admin, and return the admin's name. Until
 * then, do not expose the ops subgraph beyond trusted networks.
 */
export function assertAdmin(_ctx: RequestContext): Actor {
  return { name: UNVERIFIED_ACTOR };
}
