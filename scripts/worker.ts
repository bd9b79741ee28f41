import 'reflect-metadata';
import { hostname } from 'node:os';
import { collectProblems, ConfigError, createLogger, databaseUrlOf, type Logger } from '@keyfield/core';
import {
  configureUpstreamHosts, readSchedulerSettings, readUpstreamSettings, serveWorkerHttp, startSyncBoss, startSyncWorker,
  type AnySource, type SchedulerSettings, type UpstreamSettings,
} from '@keyfield/sync';
import { loadConfig, type CreditConfig } from '../services/credit/src/config';
import { creditDataSource } from '../services/credit/src/db';
import { allSources } from '../services/sources';

interface WorkerSettings {
  config: CreditConfig;
  sources: AnySource[];
  scheduler: SchedulerSettings;
  upstream: UpstreamSettings;
}

/** Every setting the worker uses, read once; a bad value anywhere stops it with every problem listed. */
function readWorkerSettings(): WorkerSettings {
  const problems: string[] = [];
  const attempt = collectProblems(problems);
  const config = attempt(() => loadConfig());
  const sources = attempt(() => allSources()) ?? [];
  const scheduler = attempt(() => readSchedulerSettings(sources.map((s) => s.name)));
  const upstream = attempt(() => readUpstreamSettings());
  if (!config || !scheduler || !upstream || problems.length > 0) throw new ConfigError(problems);
  return { config, sources, scheduler, upstream };
}

/**
 * `npm run worker`: settings → database → pg-boss → queues and schedules → work, plus `/health` and
 * `/metrics` on WORKER_METRICS_PORT. SIGTERM or SIGINT: stop taking jobs, let each running run
 * commit its current batch and end (recorded timed_out, retried later from its cursor), exit 0.
 * Migrations run before (npm run migrate, npm start), not here; pg-boss installs its own schema.
 */
async function main(settings: WorkerSettings, logger: Logger): Promise<void> {
  const { config, scheduler } = settings;
  configureUpstreamHosts(settings.upstream);
  const databaseUrl = databaseUrlOf(config);
  const db = creditDataSource(databaseUrl, config.dbPoolSize);
  await db.initialize();
  const boss = await startSyncBoss({ databaseUrl, logger, poolSize: scheduler.queuePoolSize, applicationName: 'keyfield-worker' });
  const workerId = `${hostname()}:${process.pid}`;
  const worker = await startSyncWorker({ boss, db, databaseUrl, sources: settings.sources, settings: scheduler, logger, workerId });
  let stopping = false;
  const http = await serveWorkerHttp(config.workerMetricsPort, config.host, () => !stopping);
  logger.info({ url: http.url, workerId, sources: settings.sources.length }, 'sync worker ready');
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'sync worker stopping: runs end after their current batch');
    await worker.stop();
    await boss.stop({ graceful: true });
    await http.close();
    await db.destroy();
    logger.info('sync worker stopped');
    process.exit(0);
  };
  const onSignal = (signal: string) => () => {
    stop(signal).catch((err: unknown) => {
      logger.fatal({ err: err instanceof Error ? err.message : String(err) }, 'sync worker did not stop cleanly');
      process.exit(1);
    });
  };
  process.once('SIGTERM', onSignal('SIGTERM'));
  process.once('SIGINT', onSignal('SIGINT'));
}

let settings: WorkerSettings;
try {
  settings = readWorkerSettings();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
const logger = createLogger('worker', settings.config.logLevel);
main(settings, logger).catch((err: unknown) => {
  logger.fatal({ err: err instanceof Error ? err.message : String(err) }, 'sync worker failed to start');
  process.exit(1);
});
