/**
 * Who is asking (policy.md "Roles"): `public` — the portal and anonymous citizens, no token;
 * `analyst` — staff, signed in; `sync` — an upstream sync job, scoped to domains; `admin` — operators.
 */
export const ROLES = ['public', 'analyst', 'sync', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
