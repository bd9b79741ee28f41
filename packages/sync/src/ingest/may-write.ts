import type { RequestContext } from '@keyfield/core';

/**
 * The one access check of every write (api.md: writes are for sync jobs and admins only). The seam
 * for the `sync` role scoped to its domain, which the next issue builds: today it allows every
 * caller, so push mutations must not be exposed beyond trusted networks until then.
 */
export function assertMayWrite(_ctx: RequestContext, _domain: string): void {
  // Intentionally empty until authentication lands: see the doc comment.
}
