import type { Logger } from '@keyfield/core';
import type { AnySource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { OpsServices } from './context';
import { HeldSnapshotService } from './held/held-snapshot.service';
import { QuarantineService } from './quarantine/quarantine.service';
import { ResolveService } from './quarantine/resolve.service';
import { RedriveService } from './redrive/redrive.service';
import { SyncRunService } from './run/sync-run.service';
import { SourceStateService } from './source/source-state.service';
import { SourceRegistry } from './shared/source-registry';
import { noQueue } from './trigger/ops-queue';
import { SyncTriggerService, type QueueStarter } from './trigger/sync-trigger.service';

export interface OpsOptions {
  /** The sources shown and re-driven with: `allSources(config)`, or patched ones in tests. */
  sources: readonly AnySource[];
  /** The clock lag is measured against, in ms since the epoch. */
  clockMs?: () => number;
  /** The job queue triggerSync sends runs to (`opsQueue(url, logger)`); none by default. */
  queue?: QueueStarter;
}

/** Every ops service over an initialised DataSource. */
export function createOpsServices(db: DataSource, logger: Logger, options: OpsOptions): OpsServices {
  const sources = new SourceRegistry(options.sources);
  return {
    state: new SourceStateService(db, sources, options.clockMs),
    runs: new SyncRunService(db),
    quarantine: new QuarantineService(db, sources),
    resolve: new ResolveService(db, logger),
    redrive: new RedriveService(db, sources, logger),
    held: new HeldSnapshotService(db, sources, logger),
    trigger: new SyncTriggerService(sources, options.queue ?? noQueue, logger),
  };
}
