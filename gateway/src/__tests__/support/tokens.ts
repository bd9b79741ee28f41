import { issueToken, type TokenRequest } from '../../identity/issue-token';
import type { JwtOptions } from '../../identity/jwt-keys';

/** The HS256 secret of the gateways these tests start. */
export const TEST_JWT_SECRET = 'keyfield-gateway-test-jwt-secret-0123456789';

export const TEST_JWT: JwtOptions = { keys: { kind: 'secret', secret: TEST_JWT_SECRET } };

/** A bearer token for `role`, valid for an hour unless `ttl` (seconds, negative for expired) says otherwise. */
export function tokenFor(role: TokenRequest['role'], options: Partial<TokenRequest> & { secret?: string } = {}): Promise<string> {
  const { secret = TEST_JWT_SECRET, ...request } = options;
  return issueToken(secret, { role, subject: `${role}-1`, ttl: 3600, ...(role === 'sync' ? { domains: ['credit'] } : {}), ...request });
}
