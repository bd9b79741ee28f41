import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyRequestBody, type SignatureCheck } from '@keyfield/core';

/** One request as the stand-in subgraph received it. */
export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  /** The body's exact bytes, as text. */
  raw: string;
  /** The body's `extensions.identity`, as sent. */
  identity: unknown;
  /** The signature checked against the subgraph's secret; absent when it was given none. */
  signature?: SignatureCheck;
}

/** A fixed answer, or one computed from the request (e.g. from the identity it carries). */
export type Answer = unknown | ((request: ReceivedRequest) => unknown);

/** A stand-in subgraph: answers every request after `delayMs`, recording each request. */
export interface SlowSubgraph {
  url: string;
  requests: ReceivedRequest[];
  /** Resolves when the first request has arrived. */
  firstRequest: Promise<void>;
  close(): Promise<void>;
}

function received(headers: IncomingHttpHeaders, raw: string, signingSecret: string | undefined): ReceivedRequest {
  let identity: unknown;
  try {
    identity = (JSON.parse(raw) as { extensions?: { identity?: unknown } }).extensions?.identity;
  } catch {
    identity = undefined;
  }
  const flat = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
  return { headers, raw, identity, ...(signingSecret ? { signature: verifyRequestBody(signingSecret, raw, flat) } : {}) };
}

/**
 * For gateway behaviour that needs a request to stay in flight (draining, dedupe) or a look at
 * what the gateway sends (identity, signature). With `signingSecret`, a request whose signature
 * does not verify is refused with 401 as the real subgraphs refuse it.
 */
export function slowSubgraph(delayMs: number, answer: Answer, signingSecret?: string): Promise<SlowSubgraph> {
  const requests: ReceivedRequest[] = [];
  let arrived!: () => void;
  const firstRequest = new Promise<void>((resolve) => (arrived = resolve));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = received(req.headers, Buffer.concat(chunks).toString('utf8'), signingSecret);
      requests.push(request);
      arrived();
      const refused = request.signature && !request.signature.ok;
      const status = refused ? 401 : 200;
      const body = refused ? { errors: [{ message: 'unsigned', extensions: { code: 'UNAUTHENTICATED' } }] } : typeof answer === 'function' ? answer(request) : answer;
      setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)), delayMs);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      requests,
      firstRequest,
      close: () => new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
    });
  }));
}
