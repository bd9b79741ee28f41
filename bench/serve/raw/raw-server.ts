import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { columnPage, type ColumnArgs } from './column-page';
import { profiles } from './profiles';

/**
 * The raw target: node:http + pg, no GraphQL, hand-written SQL answering the bench's questions with
 * JSON of the graph's shape — the practical limit. `POST /column`, `/profile`, `/batch`.
 * DATABASE_URL, RAW_PORT, RAW_PENALTY_PUBLIC (the publicity predicate, from the bench), DB_POOL_SIZE.
 */
const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

// JIT off, as an OLTP server is tuned: compiling the 500-profile statement (planner cost above
// jit_above_cost) takes Postgres longer than running it.
const pool = new Pool({ connectionString: env('DATABASE_URL'), max: Number(process.env['DB_POOL_SIZE'] ?? 10), options: '-c jit=off' });
const column = columnPage(pool, env('RAW_PENALTY_PUBLIC'));
const profilesOf = profiles(pool);

/** The profiles as the graph's `organizationsByUscc` answers them. */
function batchJson(rows: string[]): string {
  return `{"data":{"organizationsByUscc":[${rows.join(',')}]}}`;
}

const ROUTES: Record<string, (body: string) => Promise<string>> = {
  '/column': async (body) => JSON.stringify(await column(JSON.parse(body) as ColumnArgs)),
  '/profile': async (body) => `{"data":{"organization":${(await profilesOf((JSON.parse(body) as { usccs: string[] }).usccs))[0] ?? 'null'}}}`,
  '/batch': async (body) => batchJson(await profilesOf((JSON.parse(body) as { usccs: string[] }).usccs)),
};

function handle(req: IncomingMessage, res: ServerResponse): void {
  const route = ROUTES[req.url ?? ''];
  if (req.url === '/health') return void res.end('ok');
  if (!route || req.method !== 'POST') return void res.writeHead(404).end();
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    route(Buffer.concat(chunks).toString('utf8')).then(
      (json) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
      (err: unknown) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(err) }] })),
    );
  });
}

const server = createServer(handle);
server.listen(Number(env('RAW_PORT')), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void pool.end()));
