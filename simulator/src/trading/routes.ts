import type { RequestListener } from 'node:http';
import type { FaultController } from '../faults/fault-controller';
import type { FaultPlan } from '../faults/fault-plan';
import { type Reply, htmlErrorReply, jsonReply } from '../http/reply';
import { send } from '../http/send';
import type { SimulatorOptions } from '../options';
import { resolveOptions } from '../options';
import { ccgpRoute } from './ccgp-route';
import { ggzyRoute } from './ggzy-route';
import { TradingPlatform } from './platform';

/** What the trading routes need from the simulator they are added to. */
export interface TradingRouteDeps {
  /** The simulator's own faults: rules on `/ggzy` and `/ccgp` paths hit these routes. */
  readonly faults: FaultController;
  /** The simulator's sleep (cancelled when it closes). */
  sleep(ms: number): Promise<void>;
}

/** The trading sites of a simulator, and how they answer. */
export interface TradingRoutes {
  readonly platform: TradingPlatform;
  /** The reply to a `GET` under `/ggzy` or `/ccgp` once faults are decided; undefined for another path. */
  route(url: URL, plan: FaultPlan): Reply | undefined;
  /** Wraps the simulator's request handler: `/ggzy` and `/ccgp` are answered here, the rest by `next`. */
  wrap(next: RequestListener, deps: TradingRouteDeps): RequestListener;
}

const isTrading = (path: string): boolean => path.startsWith('/ggzy/') || path.startsWith('/ccgp/');

/** The city trading site (`/ggzy`, XML) and the provincial procurement site (`/ccgp`, JSON), same seed as `/credit`. */
export function tradingRoutes(options: SimulatorOptions): TradingRoutes {
  const platform = new TradingPlatform(resolveOptions(options));
  const route = (url: URL, plan: FaultPlan): Reply | undefined => {
    if (url.pathname === '/ggzy/gcjs') return ggzyRoute(platform, platform.gcjs, 'GCJS_NOTICE', url.searchParams, plan);
    if (url.pathname === '/ggzy/land') return ggzyRoute(platform, platform.land, 'DEAL_LAND_INFO', url.searchParams, plan);
    if (url.pathname === '/ccgp/notices') return ccgpRoute(platform, url.searchParams, plan);
    return undefined;
  };
  return {
    platform,
    route,
    wrap: (next, deps) => (req, res) => {
      const url = new URL(req.url ?? '/', 'http://simulator.invalid');
      if (req.method !== 'GET' || !isTrading(url.pathname)) return next(req, res);
      const plan = deps.faults.take(url.pathname);
      void (plan.delayMs > 0 ? deps.sleep(plan.delayMs) : Promise.resolve()).then(() => {
        const reply = plan.httpStatus !== undefined ? htmlErrorReply(plan.httpStatus) : (route(url, plan) ?? jsonReply({ success: false, message: '接口不存在' }, 404));
        send(res, reply, plan.truncate);
      }).catch(() => res.destroy());
    },
  };
}
