import { CreateCredit1763790000000 } from './1763790000000-create-credit';

/** Every credit migration, in the order it runs. Shipped migrations are never edited. */
export const creditMigrations = [CreateCredit1763790000000];
