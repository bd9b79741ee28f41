import { SignJWT } from 'jose';
import type { TOKEN_ROLES } from './claims';

export interface TokenRequest {
  role: (typeof TOKEN_ROLES)[number];
  /** Who holds the token (`sub`). */
  subject: string;
  /** Domains a sync token may write. */
  domains?: string[];
  /** Lifetime: a number of seconds, or jose's period syntax (`8h`, `30m`, `2d`). */
  ttl: string | number;
  issuer?: string;
  audience?: string;
}

/** An HS256 token for `request`, signed with `secret`: what `npm run token` prints, and what tests send. */
export function issueToken(secret: string, request: TokenRequest): Promise<string> {
  const claims = request.role === 'sync' ? { role: request.role, domains: request.domains ?? [] } : { role: request.role };
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(typeof request.ttl === 'number' ? Math.floor(Date.now() / 1000) + request.ttl : request.ttl);
  if (request.issuer) jwt.setIssuer(request.issuer);
  if (request.audience) jwt.setAudience(request.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
