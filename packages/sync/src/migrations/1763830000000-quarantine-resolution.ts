import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How and by whom a quarantine entry was closed, with a note; and the file a record came from
 * (file feeds' converters need it to re-drive, and a pushed permit has no raw page to read it from).
 */
export class QuarantineResolution1763830000000 implements MigrationInterface {
  name = 'QuarantineResolution1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sync.quarantine
      ADD COLUMN file_name text,
      ADD COLUMN resolution text,
      ADD COLUMN resolved_by text,
      ADD COLUMN resolution_note text,
      ADD CONSTRAINT quarantine_resolution CHECK (resolution IN ('stored', 'superseded', 'resolved'))`);
    // Entries closed before this migration were closed by re-drive or replay storing their record.
    await q.query(`UPDATE sync.quarantine SET resolution = 'stored' WHERE resolved_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sync.quarantine DROP CONSTRAINT quarantine_resolution,
      DROP COLUMN file_name, DROP COLUMN resolution, DROP COLUMN resolved_by, DROP COLUMN resolution_note`);
  }
}
