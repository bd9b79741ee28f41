import { CreateRegion1763780000000 } from './1763780000000-create-region';

/** Every catalog migration, in the order it runs. Shipped migrations are never edited. */
export const catalogMigrations = [CreateRegion1763780000000];
