import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { CreditPlatform } from '../credit/platform';
import { creditRoute } from '../credit/routes';
import { type Reply, htmlErrorReply, jsonReply } from './reply';
import { send } from './send';
import { type SimControls, simRoute } from './sim-routes';

/** What the request handler serves. */
export interface HandlerDeps extends SimControls {
  readonly credit: CreditPlatform;
  readonly logger?: Logger;
  /** Waits `ms`; cancelled (resolves early) when the simulator closes. */
  sleep(ms: number): Promise<void>;
}

/**
 * The simulator's request handler: control endpoints under `/_sim`, the credit platform under
 * `/credit`. Faults are decided first (by path), then the route answers, then the body may be cut.
 */
export function createHandler(deps: HandlerDeps): RequestListener {
  return (req, res) => {
    handle(deps, req, res).catch((err: unknown) => {
      deps.logger?.error({ err, url: req.url }, 'simulator request failed');
      if (!res.headersSent) send(res, jsonReply({ code: '500', msg: '服务器内部错误' }, 500), undefined);
      else res.destroy();
    });
  };
}

async function handle(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator.invalid');
  if (url.pathname.startsWith('/_sim/')) {
    send(res, await simRoute(req, url.pathname, deps), undefined);
    return;
  }
  if (req.method !== 'GET') {
    send(res, jsonReply({ code: '405', msg: '请求方法不支持' }, 405), undefined);
    return;
  }
  const plan = deps.faults.take(url.pathname);
  if (plan.delayMs > 0) await deps.sleep(plan.delayMs);
  let reply: Reply;
  if (plan.httpStatus !== undefined) reply = htmlErrorReply(plan.httpStatus);
  else if (plan.errorBody) reply = jsonReply({ ...plan.errorBody, rows: [] });
  else reply = creditRoute(deps.credit, url, plan) ?? jsonReply({ code: '404', msg: '接口不存在' }, 404);
  send(res, reply, plan.truncate);
}
