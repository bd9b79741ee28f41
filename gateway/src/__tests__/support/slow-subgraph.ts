import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in subgraph: answers every request with `body` after `delayMs`, counting requests. */
export interface SlowSubgraph {
  url: string;
  requests: IncomingHttpHeaders[];
  /** Resolves when the first request has arrived. */
  firstRequest: Promise<void>;
  close(): Promise<void>;
}

/**
 * For gateway behaviour that needs a request to stay in flight (draining, dedupe), which the real
 * subgraphs answer too fast to observe.
 */
export function slowSubgraph(delayMs: number, body: unknown): Promise<SlowSubgraph> {
  const requests: IncomingHttpHeaders[] = [];
  let arrived!: () => void;
  const firstRequest = new Promise<void>((resolve) => (arrived = resolve));
  const server: Server = createServer((req, res) => {
    requests.push(req.headers);
    arrived();
    req.resume();
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)), delayMs);
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
