import 'reflect-metadata';
import { sharedSettings } from '@keyfield/core';
import { openDatabase, prepareDatabase } from './lib/database';

/** `npm run migrate`: every service's migrations against DATABASE_URL (or the embedded Postgres). */
async function main(): Promise<void> {
  const database = await openDatabase(sharedSettings());
  try {
    await prepareDatabase(database.url);
    console.log('migrations applied');
  } finally {
    await database.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
