import { forbiddenError, mayWrite, type RequestContext } from '@keyfield/core';

/**
 * The one access check of every write (api.md: writes are for sync jobs and admins only):
 * a `sync` caller writes only the domains its token names; an admin writes any.
 */
export function assertMayWrite(ctx: RequestContext, domain: string): void {
  if (!mayWrite(ctx.identity, domain)) throw forbiddenError(`write ${domain} records`, `a sync job of the ${domain} domain or an admin`);
}
