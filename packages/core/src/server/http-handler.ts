import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '../context/request-context';
import { createRequestContext } from '../context/request-context';

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

/**
 * A node:http handler for an Apollo server: `/graphql` for GraphQL, `/health` for probes, and any
 * extra `routes` by exact path. Each GraphQL request gets a fresh context (its own DataLoaders).
 */
export function apolloHandler<C extends RequestContext>(server: ApolloServer<C>, extend: (base: RequestContext) => C, routes: Record<string, Route> = {}) {
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
    try {
      const raw = req.method === 'POST' ? await readBody(req) : '';
      const headers = headerMap(req);
      const body = raw && (headers.get('content-type') ?? '').includes('json') ? JSON.parse(raw) : raw;
      const requestId = headers.get('x-request-id');
      const result = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => extend(createRequestContext(requestId)),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      res.writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: 'Malformed request body', extensions: { code: 'BAD_REQUEST' } }] }));
    }
  };
}
