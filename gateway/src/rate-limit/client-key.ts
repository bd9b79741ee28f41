import type { IncomingMessage } from 'node:http';
import type { Identity } from '@keyfield/core';

/** What the node:http adapter puts in the server context: the raw request, for its socket. */
export interface NodeServerContext {
  req?: IncomingMessage;
}

/** The client's address: the proxy's header when one is configured and present, else the TCP peer. */
export function clientIp(forwardedFor: string | null | undefined, peer: string | undefined): string {
  return forwardedFor?.split(',')[0]?.trim() || peer || 'unknown';
}

/** The budget key of an anonymous client seen on a raw node:http request. */
export function publicClientKey(req: IncomingMessage, ipHeader: string | undefined): string {
  const forwarded = ipHeader ? req.headers[ipHeader.toLowerCase()] : undefined;
  return `ip:${clientIp(Array.isArray(forwarded) ? forwarded[0] : forwarded, req.socket.remoteAddress)}`;
}

/** Whose budget a request spends: the token's subject when signed in, else the client's address. */
export function clientKey(identity: Identity, request: Request, server: NodeServerContext, ipHeader: string | undefined): string {
  if (identity.role !== 'public' && identity.subject) return `sub:${identity.subject}`;
  return `ip:${clientIp(ipHeader ? request.headers.get(ipHeader) : undefined, server.req?.socket.remoteAddress)}`;
}
