import type { Queryable } from '@keyfield/core';

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  return (e.code ?? e.driverError?.code) === '23505';
}

/**
 * Gives a still-rejected entry the reason the current converter gives, so lists and summaries show
 * what is wrong now. When another open entry already holds the same record with that reason (the
 * sync quarantined it again after the converter changed), this one keeps its old reason.
 */
export async function updateReason(tx: Queryable, id: string, stage: string, reason: string, key: string | null): Promise<void> {
  await tx.query('SAVEPOINT redrive_reason');
  try {
    await tx.query('UPDATE sync.quarantine SET stage = $2, reason = $3, record_key = coalesce($4, record_key) WHERE id = $1', [id, stage, reason, key]);
    await tx.query('RELEASE SAVEPOINT redrive_reason');
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await tx.query('ROLLBACK TO SAVEPOINT redrive_reason');
  }
}
