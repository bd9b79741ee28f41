import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The development JWT secret: read from `path`, or generated there once (mode 0600) when the file
 * does not exist yet. Outside production the gateway and `npm run token` both use it when
 * JWT_SECRET is unset, so tokens issued on this machine verify without any configuration.
 * Production never calls this: it requires JWT_SECRET, JWT_JWKS_FILE or JWT_JWKS_URL.
 */
export function developmentJwtSecret(path: string): string {
  try {
    const existing = readFileSync(path, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}
