import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A released hold permits one full run to apply the vanishing; that run is recorded on it. */
export class HeldSnapshotApplied1763820000000 implements MigrationInterface {
  name = 'HeldSnapshotApplied1763820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE sync.held_snapshot ADD COLUMN applied_at timestamptz, ADD COLUMN applied_run_id bigint REFERENCES sync.run (id)');
    await q.query('ALTER TABLE sync.held_snapshot ADD COLUMN run_id bigint REFERENCES sync.run (id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE sync.held_snapshot DROP COLUMN applied_at, DROP COLUMN applied_run_id, DROP COLUMN run_id');
  }
}
