import 'reflect-metadata';
import { createLogger, databaseUrlOf } from '@keyfield/core';
import { loadConfig } from './config';
import { creditDataSource } from './db';
import { createCreditServer } from './server';

/** Boot only: config → database → listen. Migrations run before (npm start, or npm run migrate). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('credit', config.logLevel);
  const db = creditDataSource(databaseUrlOf(config), config.dbPoolSize);
  await db.initialize();
  const server = await createCreditServer(db, logger);
  const url = await server.listen(config.creditPort, config.host);
  logger.info({ url }, 'credit subgraph ready');
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
