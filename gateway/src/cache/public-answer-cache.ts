import { createHash } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { shanghaiDateOf, type Logger } from '@keyfield/core';
import type { LRUCache } from 'lru-cache';
import { boundedResponseStore, type StoredAnswer } from './bounded-response-store';
import type { CacheableRequests } from './cacheable-requests';
import type { ChangeFeed } from './change-feed';

export interface ResponseCacheOptions {
  /** How long a cached public response may be served, in milliseconds. */
  ttlMs: number;
  /** Responses kept at most (least recently used go first). */
  maxEntries: number;
  /** Bytes the kept responses may take, in megabytes. */
  maxMb: number;
}

/** The gateway's own handling of a request: the runtime's fetch-style entry point. */
export type HandleRequest = (request: Request, context: { req: IncomingMessage; res: ServerResponse }) => Promise<Response>;

/** Accept headers that ask for a stream (subscriptions, incremental delivery) or a page (GraphiQL). */
const NOT_ONE_ANSWER = /text\/event-stream|multipart\/mixed|text\/html/i;
/** Request bodies larger than this are answered but never looked up or kept. */
const MAX_KEYED_BODY_BYTES = 64 * 1024;
/** Hop-by-hop and framing headers: they describe the client's connection, not the request. */
const CONNECTION_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade']);

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || CONNECTION_HEADERS.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/**
 * The public response cache, ahead of the GraphQL pipeline (policy.md: a cached public response
 * never holds what another role may see). Only requests without an Authorization header that ask
 * for one JSON answer are looked up; a request with any token never reaches it. A hit is written
 * back as stored, after the client's public rate limit admits it, without parsing, planning or
 * any subgraph; a miss goes through the whole pipeline, and its answer is kept when the pipeline
 * executed it as a public query (`CacheableRequests`) and it came back 200 without errors.
 * Entries are keyed by the request's bytes, its Accept header, the data generation of `feed` and
 * the Shanghai day (publicity windows move at midnight); a new generation empties the store, and
 * while `feed` is not listening nothing is cached. The store is bounded by count and by bytes.
 */
export class PublicAnswerCache {
  private readonly answers: LRUCache<string, StoredAnswer>;

  constructor(
    options: ResponseCacheOptions,
    private readonly feed: ChangeFeed,
    private readonly cacheable: CacheableRequests,
    private readonly admit: (req: IncomingMessage) => Promise<boolean>,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.answers = boundedResponseStore({ maxEntries: options.maxEntries, maxBytes: options.maxMb * 1024 * 1024, ttlMs: options.ttlMs });
    feed.onAdvance.add(() => this.answers.clear());
  }

  /** A node:http listener: requests the cache may answer go through it, the rest straight to `next`. */
  listener(path: string, next: RequestListener, handle: HandleRequest): RequestListener {
    return (req, res) => {
      if (!this.applies(req, path)) return next(req, res);
      this.serve(req, res, handle).catch((err: unknown) => {
        this.logger.error({ err }, 'public response cache failed a request');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"Internal server error"}]}');
        else res.destroy();
      });
    };
  }

  private applies(req: IncomingMessage, path: string): boolean {
    if (!this.feed.listening || req.headers.authorization !== undefined) return false;
    if (req.method !== 'POST' && req.method !== 'GET') return false;
    if (req.url?.split('?')[0] !== path || NOT_ONE_ANSWER.test(req.headers.accept ?? '')) return false;
    return req.method === 'GET' || /^application\/json\b/i.test(req.headers['content-type'] ?? '');
  }

  private async serve(req: IncomingMessage, res: ServerResponse, handle: HandleRequest): Promise<void> {
    const body = req.method === 'POST' ? await bodyOf(req) : Buffer.alloc(0);
    const generation = this.feed.generation;
    const key = body.length <= MAX_KEYED_BODY_BYTES && createHash('sha256')
      .update(JSON.stringify([req.method, req.url, req.headers.accept ?? '', generation, shanghaiDateOf(this.clock())]))
      .update(body)
      .digest('base64url');
    const hit = key ? this.answers.get(key) : undefined;
    if (hit && (await this.admit(req))) {
      res.writeHead(200, { 'content-type': hit.contentType, 'content-length': hit.body.length }).end(hit.body);
      return;
    }
    const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
      method: req.method, headers: requestHeaders(req), body: req.method === 'POST' ? new Uint8Array(body) : undefined,
    });
    const response = await handle(request, { req, res });
    const bytes = Buffer.from(await response.arrayBuffer());
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !CONNECTION_HEADERS.has(name)));
    res.writeHead(response.status, { ...headers, 'content-length': bytes.length }).end(bytes);
    const contentType = response.headers.get('content-type') ?? 'application/json';
    if (key && response.status === 200 && this.cacheable.has(request) && generation === this.feed.generation && !hasErrors(bytes)) {
      this.answers.set(key, { body: bytes, contentType });
    }
  }
}

function hasErrors(bytes: Buffer): boolean {
  try {
    const reply = JSON.parse(bytes.toString('utf8')) as { errors?: unknown };
    return reply.errors !== undefined;
  } catch {
    return true;
  }
}
