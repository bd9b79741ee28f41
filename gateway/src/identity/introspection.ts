import type { Identity, Role } from '@keyfield/core';

/** Who may introspect the schema in production: staff who write queries, not the public or sync jobs. */
const INTROSPECTING_ROLES: readonly Role[] = ['analyst', 'admin'];

export function mayIntrospect(identity: Identity): boolean {
  return INTROSPECTING_ROLES.includes(identity.role);
}
