import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['organization', 'penalty', 'permit', 'repair', 'defaulter', 'abnormal_listing'];

/** Every record points at the raw page or file it was last converted from (sync.raw_page). */
export class RawPageRef1763800000001 implements MigrationInterface {
  name = 'RawPageRef1763800000001';

  async up(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await q.query(`ALTER TABLE credit.${t} ADD COLUMN raw_page_id bigint`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await q.query(`ALTER TABLE credit.${t} DROP COLUMN raw_page_id`);
  }
}
