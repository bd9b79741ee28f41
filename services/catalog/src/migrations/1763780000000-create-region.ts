import type { MigrationInterface, QueryRunner } from 'typeorm';

/** catalog.region: divisions with validity periods; one current row per code. */
export class CreateRegion1763780000000 implements MigrationInterface {
  name = 'CreateRegion1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE catalog.region (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code varchar(12) NOT NULL,
        name text NOT NULL,
        full_name text NOT NULL,
        level varchar(16) NOT NULL,
        parent_code varchar(12),
        valid_from date,
        valid_to date,
        CONSTRAINT region_valid_range CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from)
      )`);
    await q.query('CREATE UNIQUE INDEX region_code_valid_from ON catalog.region (code, valid_from) NULLS NOT DISTINCT');
    await q.query('CREATE INDEX region_parent ON catalog.region (parent_code, code)');
    await q.query('CREATE INDEX region_level_code ON catalog.region (level, code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE catalog.region');
  }
}
