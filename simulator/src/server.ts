import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { type AdvanceOptions, type AdvanceSummary, advance } from './credit/advance';
import { CreditPlatform } from './credit/platform';
import { FaultController } from './faults/fault-controller';
import { createHandler } from './http/handler';
import { type SimulatorOptions, resolveOptions } from './options';
import { advanceTrading } from './trading/advance';
import { tradingRoutes, type TradingRoutes } from './trading/routes';

export type { SimulatorOptions } from './options';
export type { AdvanceOptions, AdvanceSummary } from './credit/advance';
export type { FaultRule, FaultKind } from './faults/fault-rule';

/** A running (or ready to run) upstream simulator. */
export interface Simulator {
  /** The generated data, for tests that need to know what the wire should carry. */
  readonly credit: CreditPlatform;
  /** Upstream failures to inject, on demand or at random. */
  readonly faults: FaultController;
  /** The public resource trading sites (`/ggzy`, `/ccgp`): their generated data. */
  readonly trading: TradingRoutes;
  /** Opens the port (0: any free one); resolves to the base URL, e.g. `http://127.0.0.1:43123`. */
  listen(port?: number, host?: string): Promise<string>;
  /** Closes the port, open connections and pending delays. */
  close(): Promise<void>;
  /** Moves the upstream on by one generation (inserts, updates, deletes, repairs, a permit file; new and changed trading notices). */
  advance(change?: AdvanceOptions): AdvanceSummary;
}

/** Builds the simulator; opens no port (tests import this, `index.ts` listens). */
export function createSimulator(options: SimulatorOptions, logger?: Logger): Simulator {
  const resolved = resolveOptions(options);
  const credit = new CreditPlatform(resolved);
  const faults = new FaultController(resolved.seed);
  const trading = tradingRoutes(options);
  const timers = new Map<NodeJS.Timeout, () => void>();
  let generation = 0;
  let server: Server | undefined;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.set(timer, resolve);
    });
  const advanceOnce = (change?: AdvanceOptions): AdvanceSummary => {
    generation += 1;
    advanceTrading(trading.platform);
    return advance(credit, generation, change);
  };

  return {
    credit,
    faults,
    trading,
    advance: advanceOnce,
    listen(port = 0, host = '127.0.0.1') {
      if (server) return Promise.reject(new Error('simulator already listening'));
      const created = createServer(trading.wrap(createHandler({ credit, faults, logger, sleep, advance: advanceOnce }), { faults, sleep }));
      created.keepAliveTimeout = 5_000;
      server = created;
      return new Promise((resolve, reject) => {
        created.once('error', reject);
        created.listen(port, host, () => {
          const address = created.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    close() {
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
      const running = server;
      server = undefined;
      if (!running) return Promise.resolve();
      return new Promise((resolve, reject) => {
        running.close((err) => (err ? reject(err) : resolve()));
        running.closeAllConnections();
      });
    },
  };
}
