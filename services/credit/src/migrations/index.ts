import { CreateCredit1763790000000 } from './1763790000000-create-credit';
import { RawPageRef1763800000001 } from './1763800000001-raw-page-ref';
import { PenaltyCount1763800000002 } from './1763800000002-penalty-count';

/** Every credit migration, in the order it runs. Shipped migrations are never edited. */
export const creditMigrations = [CreateCredit1763790000000, RawPageRef1763800000001, PenaltyCount1763800000002];
