import 'reflect-metadata';
import { createLogger, databaseUrlOf } from '@keyfield/core';
import { loadConfig } from './config';
import { catalogDataSource } from './db';
import { createCatalogServer } from './server';

/** Boot only: config → database → listen. Migrations run before (npm start, or npm run migrate). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('catalog', config.logLevel);
  const db = catalogDataSource(databaseUrlOf(config), config.dbPoolSize);
  await db.initialize();
  const server = await createCatalogServer(db, logger);
  const url = await server.listen(config.catalogPort, config.host);
  logger.info({ url }, 'catalog subgraph ready');
  const stop = async (): Promise<void> => {
    await server.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
