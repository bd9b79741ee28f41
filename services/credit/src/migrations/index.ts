import { CreateCredit1763790000000 } from './1763790000000-create-credit';
import { RawPageRef1763800000001 } from './1763800000001-raw-page-ref';

/** Every credit migration, in the order it runs. Shipped migrations are never edited. */
export const creditMigrations = [CreateCredit1763790000000, RawPageRef1763800000001];
