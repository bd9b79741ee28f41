import type { Route } from '@keyfield/core';

/** Path Prometheus scrapes. */
export const METRICS_PATH = '/metrics';

/** What a scrape answers. */
export interface MetricsBody {
  contentType: string;
  body: string;
}

/** `GET /metrics` beside `/graphql`: the scrape's text, or a 500 when it cannot be produced. */
export function metricsRoute(scrape: () => Promise<MetricsBody>): Route {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed');
      return;
    }
    try {
      const { contentType, body } = await scrape();
      res.writeHead(200, { 'content-type': contentType }).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable');
    }
  };
}
