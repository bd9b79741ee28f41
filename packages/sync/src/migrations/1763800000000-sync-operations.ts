import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an operator needs: runs with a heartbeat (stuck ones can be reaped), who started them and how,
 * the raw bytes of every page or file (stored once), and snapshots held for a person to release.
 */
export class SyncOperations1763800000000 implements MigrationInterface {
  name = 'SyncOperations1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sync.run
      ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN trigger text NOT NULL DEFAULT 'cli',
      ADD COLUMN mode text NOT NULL DEFAULT 'incremental',
      ADD COLUMN worker text`);
    await q.query(`CREATE INDEX run_running ON sync.run (source) WHERE status = 'running'`);
    await q.query(`CREATE TABLE sync.raw_page (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      source text NOT NULL,
      url text NOT NULL,
      status integer NOT NULL,
      content_type text,
      encoding text NOT NULL,
      encoding_basis text NOT NULL,
      sha256 text NOT NULL,
      bytes bytea NOT NULL,
      fetched_at timestamptz NOT NULL,
      CONSTRAINT raw_page_once UNIQUE (source, url, sha256))`);
    await q.query('CREATE INDEX raw_page_source_fetched ON sync.raw_page (source, fetched_at, id)');
    await q.query(`CREATE TABLE sync.held_snapshot (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      source text NOT NULL,
      detected_at timestamptz NOT NULL DEFAULT now(),
      stored_count integer NOT NULL,
      snapshot_count integer NOT NULL,
      vanishing_count integer NOT NULL,
      threshold numeric NOT NULL,
      status text NOT NULL DEFAULT 'held',
      decided_at timestamptz,
      decided_by text,
      CONSTRAINT held_snapshot_status CHECK (status IN ('held', 'released', 'discarded')))`);
    await q.query(`CREATE UNIQUE INDEX held_snapshot_one_open ON sync.held_snapshot (source) WHERE status = 'held'`);
    await q.query('ALTER TABLE sync.quarantine ADD COLUMN raw_page_id bigint REFERENCES sync.raw_page (id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE sync.quarantine DROP COLUMN raw_page_id');
    await q.query('DROP TABLE sync.held_snapshot');
    await q.query('DROP TABLE sync.raw_page');
    await q.query('DROP INDEX sync.run_running');
    await q.query('ALTER TABLE sync.run DROP COLUMN heartbeat_at, DROP COLUMN trigger, DROP COLUMN mode, DROP COLUMN worker');
  }
}
