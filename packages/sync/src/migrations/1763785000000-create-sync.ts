import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sync engine's own tables: cursor state per source, run history, quarantine. */
export class CreateSync1763785000000 implements MigrationInterface {
  name = 'CreateSync1763785000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE sync.state (
      source text PRIMARY KEY,
      cursor jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE sync.run (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      source text NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      status text NOT NULL,
      counts jsonb NOT NULL DEFAULT '{}',
      error text)`);
    await q.query('CREATE INDEX run_source_started ON sync.run (source, started_at DESC)');
    await q.query(`CREATE TABLE sync.quarantine (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      source text NOT NULL,
      stage text NOT NULL,
      reason text NOT NULL,
      locator text NOT NULL,
      record_key text,
      record jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz)`);
    await q.query('CREATE INDEX quarantine_open ON sync.quarantine (source, reason) WHERE resolved_at IS NULL');
    // The same bad record fetched again is one quarantine entry, not one per run.
    await q.query(`CREATE UNIQUE INDEX quarantine_dedupe ON sync.quarantine (source, md5(coalesce(record::text, '') || reason)) WHERE resolved_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE sync.quarantine');
    await q.query('DROP TABLE sync.run');
    await q.query('DROP TABLE sync.state');
  }
}
