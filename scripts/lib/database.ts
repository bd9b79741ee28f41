import { startEmbeddedPostgres, type SharedSettings } from '@keyfield/core';
import { prepareSync } from '@keyfield/sync';
import { catalogDataSource, prepareCatalog } from '../../services/catalog/src/db';
import { creditDataSource, prepareCredit } from '../../services/credit/src/db';
import { prepareTrading, tradingDataSource } from '../../services/trading/src/db';

export interface Database {
  url: string;
  /** Stops the embedded Postgres, if this process started one. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded Postgres, started here. */
export async function openDatabase(settings: SharedSettings): Promise<Database> {
  if (settings.databaseUrl) return { url: settings.databaseUrl, stop: async () => undefined };
  return startEmbeddedPostgres(settings.embeddedPgDir, settings.embeddedPgPort);
}

/** Every service's migrations and reference data, in dependency order. Idempotent. */
export async function prepareDatabase(url: string): Promise<void> {
  await prepareSync(url);
  for (const [open, prepare] of [[catalogDataSource, prepareCatalog], [creditDataSource, prepareCredit], [tradingDataSource, prepareTrading]] as const) {
    const db = open(url, 2);
    await db.initialize();
    try {
      await prepare(db);
    } finally {
      await db.destroy();
    }
  }
}
