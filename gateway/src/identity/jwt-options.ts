import { readFile } from 'node:fs/promises';
import { developmentJwtSecret } from './dev-secret';
import { parseJwks, type JwtOptions } from './jwt-keys';
import type { JwtConfig } from './jwt-settings';

/** The keys `config` points at, read at boot: the JWKS file parsed, the development secret made once. */
export async function jwtOptionsFor(config: JwtConfig): Promise<JwtOptions> {
  const { keys, issuer, audience } = config;
  switch (keys.kind) {
    case 'secret': return { keys, issuer, audience };
    case 'jwks-url': return { keys, issuer, audience };
    case 'development': return { keys: { kind: 'secret', secret: developmentJwtSecret(keys.path) }, issuer, audience };
    case 'jwks-file': {
      const text = await readFile(keys.path, 'utf8').catch((err: NodeJS.ErrnoException) => {
        throw new Error(`cannot read JWT_JWKS_FILE ${keys.path} (${err.code ?? err.message})`);
      });
      return { keys: { kind: 'jwks', jwks: parseJwks(text, keys.path) }, issuer, audience };
    }
  }
}
