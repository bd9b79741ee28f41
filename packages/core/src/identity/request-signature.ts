import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How the gateway proves to a subgraph that a request passed through it (policy.md: subgraphs
 * accept requests only from the gateway). The gateway puts the caller's identity into the body
 * (`extensions.identity`) and signs the exact body bytes with HMAC-SHA256 under a secret only it
 * and the subgraphs hold; the signature and its timestamp travel in two headers. A subgraph
 * verifies the bytes it received before parsing them, so neither the query, the variables nor the
 * identity can be altered, and an old signature expires after `maxSkewMs`.
 */
export const SIGNATURE_HEADER = 'x-keyfield-signature';
export const TIMESTAMP_HEADER = 'x-keyfield-timestamp';

/** The body extension carrying the caller's identity. */
export const IDENTITY_EXTENSION = 'identity';

/** How far a signature's timestamp may lie from the subgraph's clock: 5 minutes. */
export const MAX_SIGNATURE_SKEW_MS = 5 * 60_000;

/** The shortest secret accepted: 32 characters. */
export const MIN_SECRET_LENGTH = 32;

function mac(secret: string, timestamp: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}\n${body}`).digest();
}

/** The two headers that sign `body`, sent at `nowMs`. */
export function signRequestBody(secret: string, body: string, nowMs: number = Date.now()): Record<string, string> {
  const timestamp = String(nowMs);
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: mac(secret, timestamp, body).toString('base64url') };
}

export type SignatureCheck = { ok: true } | { ok: false; problem: string };

/** Whether `body` carries a valid signature in `headers` (lower-case names) at `nowMs`. */
export function verifyRequestBody(secret: string, body: string, headers: Readonly<Record<string, string | undefined>>, nowMs: number = Date.now()): SignatureCheck {
  const signature = headers[SIGNATURE_HEADER];
  const timestamp = headers[TIMESTAMP_HEADER];
  if (!signature || !timestamp) return { ok: false, problem: 'the request is not signed by the gateway' };
  if (!/^\d{1,15}$/.test(timestamp) || Math.abs(nowMs - Number(timestamp)) > MAX_SIGNATURE_SKEW_MS) return { ok: false, problem: 'the request signature has expired' };
  const expected = mac(secret, timestamp, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'the request signature is wrong' };
  return { ok: true };
}
