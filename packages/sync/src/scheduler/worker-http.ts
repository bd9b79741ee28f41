import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsRegistry } from '@keyfield/core';

/** The worker's own small HTTP server. */
export interface WorkerHttp {
  /** e.g. `http://127.0.0.1:9464`. */
  url: string;
  close(): Promise<void>;
}

async function answer(path: string, healthy: () => boolean): Promise<{ status: number; type: string; body: string }> {
  if (path === '/health') {
    const ok = healthy();
    return { status: ok ? 200 : 503, type: 'application/json', body: JSON.stringify({ ok }) };
  }
  if (path === '/metrics') return { status: 200, type: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
  return { status: 404, type: 'text/plain', body: 'not found' };
}

/**
 * Serves `/health` (200 while the worker takes jobs, 503 once it stops) and `/metrics` (the process's
 * shared Prometheus registry: run, record and upstream metrics) for probes and scrapes.
 */
export function serveWorkerHttp(port: number, host: string, healthy: () => boolean): Promise<WorkerHttp> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://worker.invalid').pathname;
    answer(path, healthy).then(
      ({ status, type, body }) => res.writeHead(status, { 'content-type': type }).end(body),
      (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(err instanceof Error ? err.message : 'error'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${bound}`,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}
