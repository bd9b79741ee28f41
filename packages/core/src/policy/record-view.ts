import type { RequestContext } from '../context/request-context';
import { shanghaiDateOf } from '../dates/shanghai';
import { seesBeyondPublic } from '../identity/identity';
import type { SqlWhere } from '../pagination/sql-where';
import { addPublicOnly, publicityColumns, type PublicityRule } from './publicity-rule';

/** What one request may see of one domain's records, judged at the request's moment. */
export interface RecordView {
  /** Analysts, admins and the domain's own sync jobs also see records out of public view, marked. */
  beyondPublic: boolean;
  /** The Shanghai calendar date of the request (`YYYY-MM-DD`): windows are judged on it. */
  today: string;
}

/** The view of `domain` for this request's caller. */
export function recordView(ctx: RequestContext, domain: string): RecordView {
  return { beyondPublic: seesBeyondPublic(ctx.identity, domain), today: shanghaiDateOf(ctx.now) };
}

/** `where` narrowed to the rows of `alias` that `view` may see: all of them, or those in public view today. */
export function whereForView(where: SqlWhere, view: RecordView, rule: PublicityRule, alias: string): SqlWhere {
  return view.beyondPublic ? where : addPublicOnly(where, rule, alias, view.today);
}

/** `select`, plus the publicity marks of `alias` for a caller who sees beyond public view. */
export function selectForView(select: string, view: RecordView, rule: PublicityRule, alias: string): string {
  return view.beyondPublic ? `${select}, ${publicityColumns(rule, alias, view.today)}` : select;
}
