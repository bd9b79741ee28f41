import type { RequestContext } from '@keyfield/core';
import type { HeldSnapshotService } from './held/held-snapshot.service';
import type { QuarantineService } from './quarantine/quarantine.service';
import type { ResolveService } from './quarantine/resolve.service';
import type { RedriveService } from './redrive/redrive.service';
import type { SyncRunService } from './run/sync-run.service';
import type { SourceStateService } from './source/source-state.service';
import type { SyncTriggerService } from './trigger/sync-trigger.service';

/** The ops services, built once per process over one DataSource (the GraphQL API and the CLI share them). */
export interface OpsServices {
  state: SourceStateService;
  runs: SyncRunService;
  quarantine: QuarantineService;
  resolve: ResolveService;
  redrive: RedriveService;
  held: HeldSnapshotService;
  trigger: SyncTriggerService;
}

/** What ops resolvers receive: the request basics plus the ops services. */
export interface OpsContext extends RequestContext, OpsServices {}
