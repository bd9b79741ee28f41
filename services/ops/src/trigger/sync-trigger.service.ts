import { ErrorCode, type Logger } from '@keyfield/core';
import { triggerSync, UnknownSyncSourceError } from '@keyfield/sync';
import { GraphQLError } from 'graphql';
import type { PgBoss } from 'pg-boss';
import type { Actor } from '../access/assert-admin';
import type { SourceRegistry } from '../shared/source-registry';
import type { TriggeredSync } from './triggered-sync.type';

/** Starts the job queue client this process queues runs through. */
export type QueueStarter = () => Promise<PgBoss>;

/**
 * Queues runs by hand through the sync workers' job queue (pg-boss, packages/sync/src/scheduler).
 * The queue client starts on the first trigger (no maintenance, no cron in this process: workers
 * do both), so an ops process nobody triggers from holds no queue connections.
 */
export class SyncTriggerService {
  private boss: Promise<PgBoss> | undefined;

  constructor(private readonly sources: SourceRegistry, private readonly startQueue: QueueStarter, private readonly logger: Logger) {}

  async trigger(name: string, full: boolean, actor: Actor): Promise<TriggeredSync> {
    const source = this.sources.get(name, 'source');
    const boss = await this.queue();
    try {
      const jobId = await triggerSync(boss, source.name, full ? 'full' : 'incremental');
      this.logger.info({ source: source.name, jobId, full, actor: actor.name }, 'sync run triggered');
      return { source: source.name, jobId };
    } catch (err) {
      if (!(err instanceof UnknownSyncSourceError)) throw err;
      // The name is known (checked above): no worker has created the source's queue yet.
      throw new GraphQLError(`no sync worker has created the queue of ${source.name} yet: start one (npm run worker), then trigger again`, {
        extensions: { code: ErrorCode.UpstreamUnavailable },
      });
    }
  }

  /** Stops the queue client, if it was started. */
  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    if (boss) await (await boss.catch(() => undefined))?.stop({ graceful: false, close: true });
  }

  private queue(): Promise<PgBoss> {
    this.boss ??= this.startQueue().catch((err: unknown) => {
      this.boss = undefined;
      throw err;
    });
    return this.boss;
  }
}
