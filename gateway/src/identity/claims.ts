import { isRole, type Identity } from '@keyfield/core';
import type { JWTPayload } from 'jose';

/** Roles a token may carry: `public` is the absence of a token, never a claim. */
export const TOKEN_ROLES = ['analyst', 'sync', 'admin'] as const;

/** A domain as a sync token names it (`credit`, `trading`, …). */
const DOMAIN = /^[a-z][a-z0-9-]{0,31}$/;

/** A token the gateway refuses; `message` says what is wrong with it, for the caller. */
export class TokenRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenRejected';
  }
}

function domainsOf(claim: unknown): string[] {
  if (!Array.isArray(claim) || claim.length === 0 || !claim.every((d) => typeof d === 'string' && DOMAIN.test(d))) {
    throw new TokenRejected('a sync token must carry a "domains" claim: a non-empty array of domain names such as ["credit"]');
  }
  return [...new Set(claim as string[])];
}

/** The caller a verified token names: `role` among TOKEN_ROLES, `sub`, and `domains` for sync. */
export function identityFromClaims(claims: JWTPayload): Identity {
  const { role, sub } = claims;
  if (role === undefined) throw new TokenRejected('the token has no "role" claim');
  if (!isRole(role) || role === 'public') {
    throw new TokenRejected(`the token's role ${JSON.stringify(role).slice(0, 40)} is unknown (a token carries one of ${TOKEN_ROLES.join(', ')})`);
  }
  if (typeof sub !== 'string' || sub.trim() === '') throw new TokenRejected('the token has no "sub" claim naming who holds it');
  return { role, subject: sub, domains: role === 'sync' ? domainsOf(claims['domains']) : [] };
}
