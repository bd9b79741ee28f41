import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A node:http server that can stop gracefully: no new connections, in-flight requests finish. */
export interface DrainingServer {
  http: Server;
  /** Starts listening; resolves to the base URL (`http://host:port`). */
  listen(port: number, host: string): Promise<string>;
  /**
   * Stops accepting connections and closes idle keep-alive ones; requests in flight run to their
   * end, and their connections close after the response. After `graceMs` the rest are cut.
   */
  close(graceMs: number): Promise<void>;
}

/** Wraps `handler` in a node:http server that counts its open responses, so close() can drain. */
export function drainingServer(handler: RequestListener): DrainingServer {
  const open = new Set<ServerResponse>();
  let closing = false;
  const http = createServer((req, res) => {
    open.add(res);
    if (closing) res.setHeader('connection', 'close');
    res.once('close', () => {
      open.delete(res);
      // The socket of a finished response goes idle only after this event; close it then.
      if (closing) setImmediate(() => http.closeIdleConnections());
    });
    handler(req, res);
  });
  http.keepAliveTimeout = 65_000;
  return {
    http,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          const { port: actual } = http.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${actual}`);
        });
      }),
    close: async (graceMs) => {
      if (!http.listening) return;
      closing = true;
      for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      const deadline = setTimeout(() => http.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(deadline);
    },
  };
}
