import { identityFrom, type Identity } from '../identity/identity';
import { IDENTITY_EXTENSION, verifyRequestBody } from '../identity/request-signature';

export type GatewayCheck = { identity: Identity; body: unknown } | { problem: string };

/**
 * The caller of a subgraph request: the body must carry the gateway's valid signature over its
 * exact bytes, and an identity in `extensions.identity`. Anything else is refused, so calling a
 * subgraph's port directly skips no policy.
 */
export function gatewayIdentity(secret: string, raw: string, headers: Readonly<Record<string, string | undefined>>, nowMs: number): GatewayCheck {
  const signed = verifyRequestBody(secret, raw, headers, nowMs);
  if (!signed.ok) return { problem: signed.problem };
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { problem: 'the request body is not JSON' };
  }
  const extensions = (body as { extensions?: Record<string, unknown> } | null)?.extensions;
  const identity = identityFrom(extensions?.[IDENTITY_EXTENSION]);
  if (!identity) return { problem: 'the request carries no valid identity' };
  return { identity, body };
}
