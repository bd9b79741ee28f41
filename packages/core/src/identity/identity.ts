import { isRole, type Role } from './role';

/** The caller of one request, as the gateway verified it from a JWT (or `public` without one). */
export interface Identity {
  role: Role;
  /** The token's `sub`; null for the public. Never a personal value of a record. */
  subject: string | null;
  /** Domains a `sync` token may write (`credit`, `trading`, …); empty for other roles. */
  domains: string[];
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({ role: 'public', subject: null, domains: [] }) as Identity;

/** An identity read back from a signed request; anything malformed is null (the request is refused). */
export function identityFrom(value: unknown): Identity | null {
  if (typeof value !== 'object' || value === null) return null;
  const { role, subject, domains } = value as Record<string, unknown>;
  if (!isRole(role)) return null;
  if (subject !== null && typeof subject !== 'string') return null;
  if (!Array.isArray(domains) || !domains.every((d) => typeof d === 'string')) return null;
  return { role, subject, domains: domains as string[] };
}

/** Whether this caller may write the records of `domain` (sync jobs of that domain, and admins). */
export function mayWrite(identity: Identity, domain: string): boolean {
  return identity.role === 'admin' || (identity.role === 'sync' && identity.domains.includes(domain));
}

/** Whether this caller sees records outside public view in `domain` (marked as such). */
export function seesBeyondPublic(identity: Identity, domain: string): boolean {
  return identity.role === 'analyst' || identity.role === 'admin' || (identity.role === 'sync' && identity.domains.includes(domain));
}

/** An identity of `role` (for tests and operator scripts): subject named after the role. */
export function identityOf(role: Role, domains: string[] = []): Identity {
  return role === 'public' ? PUBLIC_IDENTITY : { role, subject: `${role}-user`, domains };
}
