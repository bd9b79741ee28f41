import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What reached the upstream through the proxy. */
export interface ProxyCounts {
  requests: number;
  inFlight: number;
  maxInFlight: number;
}

export interface CountingProxy {
  url: string;
  counts: ProxyCounts;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of `target` that counts the requests reaching it and the most that were in
 * flight at once: what the upstream saw, measured at the upstream's side of the client.
 */
export function countingProxy(target: string): Promise<CountingProxy> {
  const counts: ProxyCounts = { requests: 0, inFlight: 0, maxInFlight: 0 };
  const to = new URL(target);
  const server: Server = createServer((req, res) => {
    counts.requests += 1;
    counts.inFlight += 1;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    let done = false;
    const finish = (): void => {
      if (!done) counts.inFlight -= 1;
      done = true;
    };
    res.once('close', finish);
    const upstream = request({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.once('error', () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        counts,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}
