import { Column } from 'typeorm';

/**
 * The provenance and sync columns every synced table has (migration PROVENANCE block). Entities
 * extend it; the sync engine writes them, reads select them as `Provenance`.
 */
export abstract class SyncedRecord {
  @Column({ type: 'varchar', length: 8, nullable: true })
  disclosure!: string | null;

  @Column({ type: 'char', length: 1, default: 'I' })
  operation!: string;

  @Column({ name: 'upstream_changed_at', type: 'timestamptz' })
  upstreamChangedAt!: Date;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  @Column({ name: 'fetched_at', type: 'timestamptz' })
  fetchedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;
}

/** The subject block (行政相对人) of penalties and permits. */
export abstract class SubjectRecord extends SyncedRecord {
  @Column({ name: 'subject_name', type: 'text' })
  subjectName!: string;

  @Column({ name: 'subject_category', type: 'text' })
  subjectCategory!: string;

  @Column({ name: 'subject_kind', type: 'varchar', length: 24 })
  subjectKind!: string;

  @Column({ type: 'text', nullable: true })
  uscc!: string | null;

  @Column({ name: 'uscc_valid', type: 'boolean', nullable: true })
  usccValid!: boolean | null;

  @Column({ name: 'uscc_warning', type: 'text', nullable: true })
  usccWarning!: string | null;

  @Column({ name: 'legal_rep', type: 'text', nullable: true })
  legalRep!: string | null;
}
