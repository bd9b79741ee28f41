import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Penalty totals by region prefix and decision date (all of them, and those in public view on the
 * state's `as_of` day), kept by triggers that the credit subgraph installs with its publicity
 * settings (penalty-counts.ts): a column page's total reads at most a row per day of its range
 * instead of counting every penalty of a province-year.
 */
export class PenaltyCount1763800000002 implements MigrationInterface {
  name = 'PenaltyCount1763800000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE credit.penalty_count (
      region_prefix text NOT NULL,
      decision_date date NOT NULL,
      n_all bigint NOT NULL,
      n_public bigint NOT NULL,
      PRIMARY KEY (region_prefix, decision_date))`);
    await q.query(`CREATE TABLE credit.penalty_count_state (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      fingerprint text NOT NULL,
      as_of date NOT NULL,
      built_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['penalty', 'repair']) {
      for (const op of ['insert', 'update', 'delete', 'truncate']) await q.query(`DROP TRIGGER IF EXISTS ${t}_count_${op} ON credit.${t}`);
    }
    await q.query('DROP FUNCTION IF EXISTS credit.penalty_count_on_penalty(), credit.penalty_count_on_repair(), credit.penalty_count_on_truncate()');
    await q.query('DROP TABLE credit.penalty_count_state');
    await q.query('DROP TABLE credit.penalty_count');
  }
}
