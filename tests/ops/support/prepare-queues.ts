import { createLogger } from '@keyfield/core';
import { prepareQueues, readSchedulerSettings, SCHEDULE_OFF, startSyncBoss } from '@keyfield/sync';

/**
 * `node -r @swc-node/register tests/ops/support/prepare-queues.ts <database url> <source…>`: creates
 * the sources' job queues (unscheduled) as a sync worker does at start. A child process: pg-boss is
 * ESM-only and Jest's CommonJS sandbox cannot load it.
 */
async function main(): Promise<void> {
  const [databaseUrl, ...sources] = process.argv.slice(2);
  if (!databaseUrl || sources.length === 0) throw new Error('usage: prepare-queues.ts <database url> <source…>');
  const boss = await startSyncBoss({ databaseUrl, logger: createLogger('prepare-queues', 'silent'), poolSize: 2, maintenance: false });
  try {
    await prepareQueues(boss, sources, readSchedulerSettings(sources, { SYNC_SCHEDULE: SCHEDULE_OFF }));
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
