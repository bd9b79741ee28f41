import { CreateSync1763785000000 } from './1763785000000-create-sync';
import { SyncOperations1763800000000 } from './1763800000000-sync-operations';
import { QuarantineDedupeByLocator1763810000000 } from './1763810000000-quarantine-dedupe-by-locator';
import { HeldSnapshotApplied1763820000000 } from './1763820000000-held-snapshot-applied';
import { QuarantineResolution1763830000000 } from './1763830000000-quarantine-resolution';
import { RawPageLz41763840000000 } from './1763840000000-raw-page-lz4';

/** The sync engine's migrations, in order. Shipped migrations are never edited. */
export const syncMigrations = [CreateSync1763785000000, SyncOperations1763800000000, QuarantineDedupeByLocator1763810000000, HeldSnapshotApplied1763820000000, QuarantineResolution1763830000000, RawPageLz41763840000000];
