import type { Identity } from '@keyfield/core';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import { identityFromClaims, TokenRejected } from './claims';
import type { JwtKeys, JwtOptions } from './jwt-keys';

/** Checks a bearer token; resolves to the caller it names, rejects with TokenRejected or KeysUnavailable. */
export type TokenVerifier = (token: string) => Promise<Identity>;

/** The JWKS endpoint could not be reached: the token may be fine, the gateway cannot tell yet. */
export class KeysUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeysUnavailable';
  }
}

/** Asymmetric algorithms accepted with a key set; HS256 only with the shared secret. */
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

function keyOf(keys: JwtKeys): { key: Uint8Array | JWTVerifyGetKey; algorithms: string[] } {
  switch (keys.kind) {
    case 'secret': return { key: new TextEncoder().encode(keys.secret), algorithms: ['HS256'] };
    case 'jwks': return { key: createLocalJWKSet(keys.jwks), algorithms: ASYMMETRIC };
    case 'jwks-url': return { key: createRemoteJWKSet(new URL(keys.url)), algorithms: ASYMMETRIC };
  }
}

/** A failure to get the key set: a timeout, a network error, a bad answer (jose's plain error), or no key set in it. */
function isKeyFetchFailure(err: unknown): boolean {
  return err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid || err instanceof TypeError
    || (err instanceof errors.JOSEError && Object.getPrototypeOf(err) === errors.JOSEError.prototype);
}

/** jose's failure as a sentence for the caller: what is wrong with the token, no internals. */
function rejection(err: unknown, remote: boolean): Error {
  if (err instanceof TokenRejected) return err;
  if (remote && isKeyFetchFailure(err)) return new KeysUnavailable('the identity provider\'s keys (JWT_JWKS_URL) cannot be fetched; retry later');
  if (err instanceof errors.JWTExpired) return new TokenRejected('the token has expired');
  if (err instanceof errors.JWTClaimValidationFailed) return new TokenRejected(`the token's claims are not accepted: ${err.message}`);
  if (err instanceof errors.JWSSignatureVerificationFailed) return new TokenRejected('the token\'s signature does not match the gateway\'s keys');
  if (err instanceof errors.JWKSNoMatchingKey) return new TokenRejected('no key of the gateway matches the token (its "kid" or algorithm)');
  if (err instanceof errors.JOSEAlgNotAllowed) return new TokenRejected('the token is signed with an algorithm the gateway does not accept');
  if (err instanceof errors.JOSEError) return new TokenRejected('the token is malformed (expected a signed JWT)');
  return err instanceof Error ? err : new Error(String(err));
}

/** A verifier for `options`: signature, expiry (`exp` is required), issuer and audience, then claims. */
export function tokenVerifier(options: JwtOptions): TokenVerifier {
  const { key, algorithms } = keyOf(options.keys);
  const verifyOptions: JWTVerifyOptions = { algorithms, requiredClaims: ['exp'], issuer: options.issuer, audience: options.audience };
  return async (token) => {
    try {
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
      return identityFromClaims(payload);
    } catch (err) {
      throw rejection(err, options.keys.kind === 'jwks-url');
    }
  };
}
