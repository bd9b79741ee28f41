import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { createRequestContext, type RequestContext } from '../context/request-context';
import { gatewayIdentity } from './gateway-identity';
import type { SubgraphServerOptions } from './serve-options';

/** The largest request body a subgraph accepts (push batches of thousands of records fit). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** A plain HTTP route a subgraph serves beside GraphQL (e.g. `/metrics`). */
export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * A node:http handler for an Apollo server: `/graphql` for GraphQL, `/health` for probes, and any
 * extra `routes` by exact path. GraphQL requests must be POSTs signed by the gateway (see
 * `gatewayIdentity`); each gets a fresh context with the signed identity and the clock's time.
 */
export function apolloHandler<C extends RequestContext>(server: ApolloServer<C>, extend: (base: RequestContext) => C, options: SubgraphServerOptions) {
  const routes = options.routes ?? {};
  const clock = options.clock ?? (() => new Date());
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const route = routes[url.pathname];
    if (route) {
      await route(req, res);
      return;
    }
    if (url.pathname !== '/graphql') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let raw: string;
    try {
      raw = req.method === 'POST' ? await readBody(req) : '';
    } catch {
      refuse(res, 413, 'BAD_REQUEST', 'Request body too large');
      return;
    }
    const headers = headerMap(req);
    // Signatures expire by the machine's time; the clock option moves only publicity windows.
    const checked = gatewayIdentity(options.signingSecret, raw, Object.fromEntries(headers), Date.now());
    if ('problem' in checked) {
      refuse(res, 401, 'UNAUTHENTICATED', `Subgraphs answer only the gateway: ${checked.problem}`);
      return;
    }
    try {
      const result = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: url.search, body: checked.body },
        context: async () => extend(createRequestContext(headers.get('x-request-id'), checked.identity, clock())),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch {
      refuse(res, 400, 'BAD_REQUEST', 'Malformed request');
    }
  };
}
