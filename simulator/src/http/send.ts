import type { ServerResponse } from 'node:http';
import type { FaultPlan } from '../faults/fault-plan';
import type { Reply } from './reply';

/**
 * Writes a reply. A truncate fault cuts the body: `short` declares the cut length and ends cleanly
 * (the client gets an unparseable body), `abort` declares the full length and drops the connection
 * part-way (the client sees a premature close).
 */
export function send(res: ServerResponse, reply: Reply, truncate: FaultPlan['truncate']): void {
  if (res.destroyed) return;
  const cut = truncate ? reply.body.subarray(0, Math.floor(reply.body.length * truncate.keep)) : reply.body;
  const declared = truncate?.mode === 'abort' ? reply.body.length : cut.length;
  res.writeHead(reply.status, { 'Content-Type': reply.contentType, 'Content-Length': declared });
  if (truncate?.mode === 'abort') {
    res.write(cut, () => res.destroy());
    return;
  }
  res.end(cut);
}
