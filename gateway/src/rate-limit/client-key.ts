import type { IncomingMessage } from 'node:http';
import type { Identity } from '@keyfield/core';

/** What the node:http adapter puts in the server context: the raw request, for its socket. */
export interface NodeServerContext {
  req?: IncomingMessage;
}

function clientIp(request: Request, server: NodeServerContext, ipHeader: string | undefined): string {
  const forwarded = ipHeader ? request.headers.get(ipHeader)?.split(',')[0]?.trim() : undefined;
  return forwarded || server.req?.socket.remoteAddress || 'unknown';
}

/** Whose budget a request spends: the token's subject when signed in, else the client's address. */
export function clientKey(identity: Identity, request: Request, server: NodeServerContext, ipHeader: string | undefined): string {
  return identity.role !== 'public' && identity.subject ? `sub:${identity.subject}` : `ip:${clientIp(request, server, ipHeader)}`;
}
