import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultController } from '../faults/fault-controller';
import { jsonReply } from '../http/reply';
import { send } from '../http/send';
import type { SimulatorOptions } from '../options';
import { type TradingRoutes, tradingRoutes } from './routes';

/** The trading sites alone on a port, with their own faults: for tests until `createSimulator` serves them. */
export interface TradingSimulator {
  readonly trading: TradingRoutes;
  readonly faults: FaultController;
  /** Opens the port (0: any free one); resolves to the base URL. */
  listen(port?: number): Promise<string>;
  close(): Promise<void>;
}

export function createTradingSimulator(options: SimulatorOptions): TradingSimulator {
  const trading = tradingRoutes(options);
  const faults = new FaultController(options.seed);
  const pending = new Set<() => void>();
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => {
    const timer = setTimeout(() => { pending.delete(wake); resolve(); }, ms);
    const wake = (): void => { clearTimeout(timer); resolve(); };
    pending.add(wake);
  });
  const server = createServer(trading.wrap((_req, res) => send(res, jsonReply({ code: '404', msg: '接口不存在' }, 404), undefined), { faults, sleep }));
  return {
    trading,
    faults,
    listen: (port = 0) => new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    }),
    close: () => new Promise((resolve) => {
      for (const wake of pending) wake();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
