import type { JSONWebKeySet } from 'jose';
import { parseJsonText } from '../json-text';

/** Where the keys that verify tokens come from (JWT_SECRET, JWT_JWKS_FILE or JWT_JWKS_URL). */
export type JwtKeys =
  /** HS256 with one shared secret: a single deployment that issues its own tokens. */
  | { kind: 'secret'; secret: string }
  /** Public keys from a JSON Web Key Set read at boot. */
  | { kind: 'jwks'; jwks: JSONWebKeySet }
  /** Public keys from an identity provider's JWKS endpoint, fetched and cached by kid. */
  | { kind: 'jwks-url'; url: string };

/** How the gateway verifies bearer tokens (`K`: the keys, or in configuration where they come from). */
export interface JwtOptions<K = JwtKeys> {
  keys: K;
  /** Required `iss` when set. */
  issuer?: string;
  /** Required `aud` when set. */
  audience?: string;
}

/** A parsed JWKS file, checked to hold a `keys` array; throws naming the file otherwise. */
export function parseJwks(text: string, source: string): JSONWebKeySet {
  const parsed = parseJsonText(text, source);
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error(`${source} is not a JSON Web Key Set: it needs a non-empty "keys" array`);
  return parsed as JSONWebKeySet;
}
