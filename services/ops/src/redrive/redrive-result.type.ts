import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { QuarantineEntry } from '../quarantine/quarantine-entry.type';

/** What re-driving did with one quarantine entry. */
export enum RedriveOutcome {
  STORED = 'STORED',
  STILL_REJECTED = 'STILL_REJECTED',
  SUPERSEDED = 'SUPERSEDED',
  ALREADY_RESOLVED = 'ALREADY_RESOLVED',
}

registerEnumType(RedriveOutcome, {
  name: 'RedriveOutcome',
  description: '重新入库结果 — what re-driving did with an entry',
  valuesConfig: {
    STORED: { description: 'The current converter accepts it: upserted into its table, entry resolved' },
    STILL_REJECTED: { description: 'The current converter still rejects it: entry stays open, with the reason it gives now' },
    SUPERSEDED: { description: 'It converts, but its table holds a newer version of the record (changed upstream later): nothing written, entry resolved' },
    ALREADY_RESOLVED: { description: 'The entry was resolved before: nothing done' },
  },
});

/** How a stored record reached its table. */
export enum RecordChange {
  INSERTED = 'INSERTED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}

registerEnumType(RecordChange, {
  name: 'RecordChange',
  description: '写入方式 — INSERTED: a new row; UPDATED: the stored row changed; UNCHANGED: the stored row already had this content',
});

/** The answer for one id of redriveQuarantine. */
@ObjectType({ description: '重新入库结果 — what redriveQuarantine did with one entry', simpleResolvers: true })
export class RedriveResult {
  @Field(() => ID)
  id!: string;

  @Field(() => RedriveOutcome)
  outcome!: RedriveOutcome;

  @Field(() => RecordChange, { nullable: true, description: 'For STORED: how the row was written' })
  change!: RecordChange | null;

  @Field(() => String, { nullable: true, description: '记录主键 — the natural key, when it could be read' })
  recordKey!: string | null;

  @Field(() => String, { nullable: true, description: 'For STILL_REJECTED: the stage it fails at now' })
  stage!: string | null;

  @Field(() => String, { nullable: true, description: 'For STILL_REJECTED: why the current converter rejects it; for SUPERSEDED: which version is stored' })
  reason!: string | null;

  @Field(() => QuarantineEntry, { description: 'The entry as it is after the re-drive' })
  entry!: QuarantineEntry;
}
