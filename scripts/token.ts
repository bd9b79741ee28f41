import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigError, sharedSettings } from '@keyfield/core';
import { loadJwtConfig } from '../gateway/src/config';
import { TOKEN_ROLES } from '../gateway/src/identity/claims';
import { developmentJwtSecret } from '../gateway/src/identity/dev-secret';
import { issueToken, type TokenRequest } from '../gateway/src/identity/issue-token';
import type { JwtConfig } from '../gateway/src/identity/jwt-settings';

const USAGE = `npm run token -- --role <${TOKEN_ROLES.join('|')}> [--sub name] [--domains credit,trading] [--ttl 8h]
  Issues an HS256 token the gateway accepts: signed with JWT_SECRET, or outside production with the
  development secret the gateway uses (.data/dev-jwt-secret, made on first use).
  --role     analyst, sync or admin
  --sub      who holds it (default: your user name)
  --domains  for sync: the domains it may write, comma-separated
  --ttl      lifetime: 30m, 8h, 7d … (default 8h)`;

class UsageError extends Error {}

const OPTIONS = { role: { type: 'string' }, sub: { type: 'string' }, domains: { type: 'string' }, ttl: { type: 'string' }, help: { type: 'boolean' } } as const;

function requestFrom(o: { role?: string; sub?: string; domains?: string; ttl?: string }): TokenRequest {
  const role = TOKEN_ROLES.find((r) => r === o.role);
  if (!role) throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(', ')}`);
  const domains = o.domains?.split(',').map((d) => d.trim()).filter((d) => d !== '') ?? [];
  if (role === 'sync' && domains.length === 0) throw new UsageError('a sync token needs --domains (e.g. --domains credit)');
  if (role !== 'sync' && domains.length > 0) throw new UsageError('--domains is for sync tokens only');
  const ttl = o.ttl ?? '8h';
  if (!/^\d+[smhd]$/.test(ttl)) throw new UsageError('--ttl takes a number and a unit: 30m, 8h, 7d');
  return { role, subject: o.sub ?? userInfo().username, domains, ttl };
}

/** The secret the gateway verifies with: JWT_SECRET, or the development one outside production. */
function secretOf(config: JwtConfig): string {
  switch (config.keys.kind) {
    case 'secret': return config.keys.secret;
    case 'development': return developmentJwtSecret(config.keys.path);
    default: throw new UsageError(`this gateway verifies tokens from an identity provider (${config.keys.kind === 'jwks-url' ? 'JWT_JWKS_URL' : 'JWT_JWKS_FILE'}): get a token there`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: OPTIONS, strict: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const request = requestFrom(values);
  const config = loadJwtConfig();
  const token = await issueToken(secretOf(config), { ...request, issuer: config.issuer, audience: config.audience });
  const { host, gatewayPort } = sharedSettings();
  console.log(token);
  console.error(`\n${request.role} token for ${request.subject}${request.domains?.length ? ` (domains ${request.domains.join(', ')})` : ''}, valid ${request.ttl}. Try:\n`);
  console.error(`curl -s http://${host}:${gatewayPort}/graphql -H 'content-type: application/json' -H "authorization: Bearer ${token}" \\
  -d '{"query":"{ regions(first: 3) { nodes { code name } } }"}'`);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) console.error(`${err.message}\n\n${USAGE}`);
  else console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
  process.exit(1);
});
