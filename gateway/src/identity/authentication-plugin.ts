import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode, PUBLIC_IDENTITY, type Identity, type Logger } from '@keyfield/core';
import { gatewayError } from '../runtime/gateway-error';
import { TokenRejected } from './claims';
import type { RequestIdentities } from './request-identities';
import { KeysUnavailable, type TokenVerifier } from './token-verifier';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** RFC 6750's challenge; a header value holds printable ASCII only, and no quote inside the quotes. */
function challenge(problem: string): string {
  return `Bearer error="invalid_token", error_description="${problem.replace(/[^\x20-\x7e]/g, '?').replace(/["\\]/g, "'")}"`;
}

function unauthenticated(problem: string): Error {
  return gatewayError(ErrorCode.Unauthenticated, `Unauthenticated: ${problem}`, { status: 401, headers: { 'www-authenticate': challenge(problem) } });
}

async function identityFor(header: string, verify: TokenVerifier | null, logger: Logger): Promise<Identity> {
  const token = BEARER.exec(header)?.[1];
  if (!token) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  if (!verify) throw unauthenticated('this gateway has no keys to verify tokens with (set JWT_SECRET, JWT_JWKS_FILE or JWT_JWKS_URL)');
  try {
    return await verify(token);
  } catch (err) {
    if (err instanceof TokenRejected) throw unauthenticated(err.message);
    if (err instanceof KeysUnavailable) {
      logger.warn({ err: err.message }, 'token keys unavailable');
      throw gatewayError(ErrorCode.UpstreamUnavailable, err.message, { status: 503 });
    }
    throw err;
  }
}

/**
 * Who is asking (policy.md "Roles"): no Authorization header is the public; a bearer token is
 * verified and names the role. A token that does not verify is refused with HTTP 401 and
 * UNAUTHENTICATED saying what is wrong; it never falls back to public.
 */
export function useAuthentication(verify: TokenVerifier | null, identities: RequestIdentities, logger: Logger): GatewayPlugin {
  return {
    async onRequestParse({ request }) {
      const header = request.headers.get('authorization');
      identities.remember(request, header === null ? PUBLIC_IDENTITY : await identityFor(header, verify, logger));
    },
  };
}
