import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A line that could not be parsed has no record, only its locator (file URL and line): deduplicate
 * such entries by locator, so two different bad lines with the same reason stay two entries.
 */
export class QuarantineDedupeByLocator1763810000000 implements MigrationInterface {
  name = 'QuarantineDedupeByLocator1763810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX sync.quarantine_dedupe');
    await q.query(`CREATE UNIQUE INDEX quarantine_dedupe ON sync.quarantine (source, md5(coalesce(record::text, locator) || reason)) WHERE resolved_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX sync.quarantine_dedupe');
    await q.query(`CREATE UNIQUE INDEX quarantine_dedupe ON sync.quarantine (source, md5(coalesce(record::text, '') || reason)) WHERE resolved_at IS NULL`);
  }
}
