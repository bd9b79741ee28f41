import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SubjectRecord } from '../shared/synced-record.entity';

/** credit.permit — 行政许可 (双公示 XK_*, daily GB18030 CSV files), keyed by authority + document number. */
@Entity({ schema: 'credit', name: 'permit' })
@Unique('permit_natural_key', ['authorityCode', 'documentNumber'])
@Index('permit_decision', { synchronize: false })
@Index('permit_uscc', { synchronize: false })
export class PermitEntity extends SubjectRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'document_number', type: 'text' })
  documentNumber!: string;

  @Column({ name: 'authority_code', type: 'text' })
  authorityCode!: string;

  @Column({ name: 'authority_name', type: 'text' })
  authorityName!: string;

  @Column({ name: 'document_title', type: 'text', nullable: true })
  documentTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  kind!: string | null;

  @Column({ name: 'certificate_name', type: 'text', nullable: true })
  certificateName!: string | null;

  @Column({ name: 'permit_number', type: 'text', nullable: true })
  permitNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate!: string;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  /** Null with validLongTerm for 长期 (published as 2099/12/31). */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'valid_long_term', type: 'boolean', default: false })
  validLongTerm!: boolean;

  @Column({ type: 'text', nullable: true })
  status!: string | null;

  @Column({ name: 'data_source_name', type: 'text', nullable: true })
  dataSourceName!: string | null;

  @Column({ name: 'data_source_code', type: 'text', nullable: true })
  dataSourceCode!: string | null;

  @Column({ type: 'text', nullable: true })
  remark!: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;
}
