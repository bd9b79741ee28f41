import type { DataSource } from 'typeorm';
import { ConfigError } from '../config/env';
import { databaseUrlOf, signingSecretOf, type SharedSettings } from '../config/shared';
import type { RequestContext } from '../context/request-context';
import { createLogger, type Logger } from '../logging/logger';
import type { ServeOptions } from './serve-options';
import type { SubgraphServer } from './subgraph-server';

export interface SubgraphBoot<C extends RequestContext, S extends SharedSettings> {
  name: string;
  /** Reads the service's settings; a ConfigError stops the process with its message. */
  loadSettings: () => S;
  port: (settings: S) => number;
  dataSource: (url: string, poolSize: number) => DataSource;
  createServer: (db: DataSource, logger: Logger, serve: ServeOptions) => Promise<SubgraphServer<C>>;
}

/**
 * A subgraph's `index.ts`: database → server → listen, and a clean stop on SIGTERM/SIGINT
 * (in-flight requests finish, the pool closes). Migrations run before, not here.
 */
export function bootSubgraph<C extends RequestContext, S extends SharedSettings>(boot: SubgraphBoot<C, S>): void {
  let settings: S;
  let signingSecret: string;
  try {
    settings = boot.loadSettings();
    signingSecret = signingSecretOf(settings);
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
  const logger = createLogger(boot.name, settings.logLevel);
  const start = async (): Promise<void> => {
    const db = boot.dataSource(databaseUrlOf(settings), settings.dbPoolSize);
    await db.initialize();
    const server = await boot.createServer(db, logger, { signingSecret });
    const url = await server.listen(boot.port(settings), settings.host);
    logger.info({ url }, `${boot.name} subgraph ready`);
    const stop = async (signal: string): Promise<void> => {
      logger.info({ signal }, `${boot.name} subgraph stopping`);
      await server.close();
      await db.destroy();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  };
  start().catch((err: unknown) => {
    logger.fatal({ err }, `${boot.name} subgraph failed to start`);
    process.exit(1);
  });
}
