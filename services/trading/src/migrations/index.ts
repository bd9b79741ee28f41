import { CreateTrading1764100000000 } from './1764100000000-create-trading';

/** Every trading migration, in the order it runs. Shipped migrations are never edited. */
export const tradingMigrations = [CreateTrading1764100000000];
