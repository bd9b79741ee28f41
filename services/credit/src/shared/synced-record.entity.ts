import { Column, PrimaryGeneratedColumn } from 'typeorm';

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

  /** The raw page or file (sync.raw_page) the record was last converted from. */
  @Column({ name: 'raw_page_id', type: 'bigint', nullable: true })
  rawPageId!: string | null;
}

/** A synced record with a surrogate id (its natural key is a unique constraint). */
export abstract class NumberedRecord extends SyncedRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;
}

/**
 * A 双公示 decision — penalty or permit: the subject block (行政相对人), the deciding authority,
 * the decision date, the data source and the region of the authority.
 */
export abstract class DecisionRecord extends NumberedRecord {
  @Column({ name: 'authority_code', type: 'text' })
  authorityCode!: string;

  @Column({ name: 'authority_name', type: 'text' })
  authorityName!: string;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate!: string;

  @Column({ name: 'data_source_name', type: 'text', nullable: true })
  dataSourceName!: string | null;

  @Column({ name: 'data_source_code', type: 'text', nullable: true })
  dataSourceCode!: string | null;

  @Column({ type: 'text', nullable: true })
  remark!: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode!: string | null;

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
