import type { RequestContext } from '../context/request-context';
import { seesBeyondPublic } from '../identity/identity';

/** What one request may see of one domain's records, judged at the request's moment. */
export interface RecordView {
  /** Analysts, admins and the domain's own sync jobs also see records out of public view, marked. */
  beyondPublic: boolean;
  /** The Shanghai calendar date of the request (`YYYY-MM-DD`): windows are judged on it. */
  today: string;
}

const SHANGHAI_MS = 8 * 3600_000;

/** The view of `domain` for this request's caller. */
export function recordView(ctx: RequestContext, domain: string): RecordView {
  return { beyondPublic: seesBeyondPublic(ctx.identity, domain), today: new Date(ctx.now.getTime() + SHANGHAI_MS).toISOString().slice(0, 10) };
}
