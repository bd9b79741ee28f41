import type { Logger, Queryable } from '@keyfield/core';
import { closeQuarantine, type AnySource, type Conversion } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/assert-admin';
import { ENTRY_COLUMNS, toEntry, type EntryRow } from '../quarantine/quarantine.row';
import { parseIds, unknownIdsError } from '../shared/ids';
import type { SourceRegistry } from '../shared/source-registry';
import { updateReason } from './entry-updates';
import { NO_RECORD, reconvert } from './reconvert';
import { quarantineRedrivesTotal } from './redrive.metrics';
import { RedriveOutcome, type RedriveResult } from './redrive-result.type';
import { storeCandidates, type Candidate } from './store-candidates';
import { lockEntries, type StoredEntry } from './stored-entry';

type Verdict = Omit<RedriveResult, 'entry'>;
type Rejection = Extract<Conversion, { ok: false }>;

const verdict = (entry: StoredEntry, v: Partial<Verdict> & Pick<Verdict, 'outcome'>): Verdict =>
  ({ id: entry.id, change: null, recordKey: entry.recordKey, stage: null, reason: null, ...v });

/**
 * Re-drives quarantined records after a converter fix (重新入库): each entry's record is converted
 * again with its source's current converter; what converts is upserted into the source's table as
 * the sync would and the entry resolved, what does not stays open with today's reason. The whole
 * list is one transaction, and its entries are locked while it runs.
 */
export class RedriveService {
  constructor(private readonly db: DataSource, private readonly sources: SourceRegistry, private readonly logger: Logger) {}

  async redrive(rawIds: readonly string[], actor: Actor): Promise<RedriveResult[]> {
    const ids = parseIds(rawIds, 'ids');
    const { results, sourceOf } = await this.db.transaction(async (tx) => {
      const entries = await lockEntries(tx, ids);
      const missing = ids.filter((id) => !entries.some((e) => e.id === id));
      if (missing.length > 0) throw unknownIdsError('ids', 'quarantine entry', missing, 'Pass ids from the quarantine list (quarantine { nodes { id } })');
      const verdicts = await this.decide(tx, entries, actor);
      const rows = (await tx.query(`SELECT ${ENTRY_COLUMNS} FROM sync.quarantine q WHERE q.id = ANY($1::bigint[])`, [ids])) as EntryRow[];
      const byId = new Map(rows.map((r) => [r.id, toEntry(r)]));
      return {
        results: ids.map((id) => ({ ...(verdicts.get(id) as Verdict), entry: byId.get(id) as RedriveResult['entry'] })),
        sourceOf: new Map(entries.map((e) => [e.id, e.source])),
      };
    });
    for (const r of results) quarantineRedrivesTotal.inc({ source: sourceOf.get(r.id) ?? '', outcome: r.outcome });
    this.logger.info({ quarantineIds: ids, outcomes: countBy(results.map((r) => r.outcome)), actor: actor.name }, 'quarantine entries re-driven');
    return results;
  }

  /** Converts every entry, stores what converts per table, and updates the entries to match. */
  private async decide(tx: Queryable, entries: StoredEntry[], actor: Actor): Promise<Map<string, Verdict>> {
    const verdicts = new Map<string, Verdict>();
    const candidates = new Map<AnySource, Candidate[]>();
    for (const entry of entries) {
      const sorted = this.classify(entry);
      verdicts.set(entry.id, sorted.verdict);
      if (sorted.candidate) candidates.set(sorted.candidate.source, [...(candidates.get(sorted.candidate.source) ?? []), sorted.candidate.row]);
      const r = sorted.rejection;
      if (r && (r.stage !== entry.stage || r.reason !== entry.reason)) await updateReason(tx, entry.id, r.stage, r.reason, r.key ?? null);
    }
    for (const [source, list] of candidates) {
      for (const v of await storeCandidates(tx, source.table, list)) {
        verdicts.set(v.id, { ...(verdicts.get(v.id) as Verdict), outcome: v.outcome, change: v.change, reason: v.reason });
      }
    }
    const all = [...verdicts.values()];
    await closeQuarantine(tx, all.filter((v) => v.outcome === RedriveOutcome.STORED).map((v) => v.id), 'stored', actor.name);
    await closeQuarantine(tx, all.filter((v) => v.outcome === RedriveOutcome.SUPERSEDED).map((v) => v.id), 'superseded', actor.name);
    return verdicts;
  }

  /** One entry's fate before any write: done already, still rejected (by its converter), or a row to store. */
  private classify(entry: StoredEntry): { verdict: Verdict; candidate?: { source: AnySource; row: Candidate }; rejection?: Rejection } {
    if (entry.resolved) return { verdict: verdict(entry, { outcome: RedriveOutcome.ALREADY_RESOLVED }) };
    const source = this.sources.find(entry.source);
    if (!source) {
      const reason = `源未配置 — no source named ${entry.source} is configured any more; resolve the entry instead`;
      return { verdict: verdict(entry, { outcome: RedriveOutcome.STILL_REJECTED, stage: entry.stage, reason }) };
    }
    if (entry.record === null || entry.record === undefined) {
      return { verdict: verdict(entry, { outcome: RedriveOutcome.STILL_REJECTED, stage: entry.stage, reason: NO_RECORD }) };
    }
    const c = reconvert(source, entry);
    if (!c.ok) {
      return { verdict: verdict(entry, { outcome: RedriveOutcome.STILL_REJECTED, stage: c.stage, reason: c.reason, recordKey: c.key ?? entry.recordKey }), rejection: c };
    }
    return { verdict: verdict(entry, { outcome: RedriveOutcome.STORED, recordKey: c.key }), candidate: { source, row: { id: entry.id, key: c.key, row: c.row } } };
  }
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
