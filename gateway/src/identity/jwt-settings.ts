import { ConfigError, optionalText, readSettings, text, url } from '@keyfield/core';
import { resolve } from 'node:path';
import type { JwtKeys, JwtOptions } from './jwt-keys';

/** The shortest JWT_SECRET accepted (HS256 keys shorter than the hash are weak). */
const MIN_JWT_SECRET_LENGTH = 32;

const jwtSpec = {
  secret: optionalText('JWT_SECRET', `HS256 secret (${MIN_JWT_SECRET_LENGTH} characters or more) of a deployment that issues its own tokens`),
  jwksFile: optionalText('JWT_JWKS_FILE', 'JSON Web Key Set file whose public keys verify tokens, for tokens from an identity provider'),
  jwksUrl: url('JWT_JWKS_URL', 'JWKS endpoint of an identity provider whose keys verify tokens', ''),
  issuer: optionalText('JWT_ISSUER', 'the `iss` every token must carry; unset accepts any'),
  audience: optionalText('JWT_AUDIENCE', 'the `aud` every token must carry; unset accepts any'),
  developmentSecretPath: text('JWT_DEV_SECRET_FILE', 'outside production with no key configured: file of the generated development HS256 secret', '.data/dev-jwt-secret'),
};

/** Where token keys come from: configured, or outside production the generated development secret. */
export type JwtKeySource =
  | Extract<JwtKeys, { kind: 'secret' | 'jwks-url' }>
  | { kind: 'jwks-file'; path: string }
  | { kind: 'development'; path: string };

/** The token settings, before the keys are read (jwtOptionsFor reads them at boot). */
export type JwtConfig = JwtOptions<JwtKeySource>;

/**
 * JWT_SECRET, JWT_JWKS_FILE or JWT_JWKS_URL — exactly one in production; none outside production
 * means the development secret (`npm run token` signs with the same one).
 */
export function readJwtSettings(env: NodeJS.ProcessEnv, production: boolean): JwtConfig {
  const read = readSettings(jwtSpec, env);
  const configured: JwtKeySource[] = [];
  if (read.secret !== undefined) configured.push({ kind: 'secret', secret: read.secret });
  if (read.jwksFile !== undefined) configured.push({ kind: 'jwks-file', path: resolve(read.jwksFile) });
  if (read.jwksUrl !== '') configured.push({ kind: 'jwks-url', url: read.jwksUrl });
  const problems: string[] = [];
  if (configured.length > 1) problems.push('JWT_SECRET, JWT_JWKS_FILE and JWT_JWKS_URL: set only one of them (where token keys come from)');
  if (configured.length === 0 && production) problems.push('JWT_SECRET, JWT_JWKS_FILE or JWT_JWKS_URL: production needs one of them to verify tokens');
  if (read.secret !== undefined && read.secret.length < MIN_JWT_SECRET_LENGTH) problems.push(`JWT_SECRET: too short; use a random string of at least ${MIN_JWT_SECRET_LENGTH} characters`);
  if (problems.length > 0) throw new ConfigError(problems);
  const keys = configured[0] ?? { kind: 'development', path: resolve(read.developmentSecretPath) };
  return { keys, issuer: read.issuer, audience: read.audience };
}
