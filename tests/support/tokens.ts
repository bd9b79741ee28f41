import { identityOf, type Role } from '@keyfield/core';
import { issueToken } from '../../gateway/src/identity/issue-token';
import type { JwtOptions } from '../../gateway/src/identity/jwt-keys';

/** The HS256 secret test gateways verify tokens with. */
export const TEST_JWT_SECRET = 'keyfield-test-jwt-secret-0123456789abcdef';

/** The gateway's `jwt` option for tests. */
export const TEST_JWT: JwtOptions = { keys: { kind: 'secret', secret: TEST_JWT_SECRET } };

/** Request headers for `role` (none for the public): a sync token writes credit and trading. */
export async function authHeaders(role: Role): Promise<Record<string, string>> {
  if (role === 'public') return {};
  const { subject, domains } = identityOf(role, role === 'sync' ? ['credit', 'trading'] : []);
  return { authorization: `Bearer ${await issueToken(TEST_JWT_SECRET, { role, subject: subject ?? role, domains, ttl: '1h' })}` };
}
