import { Column, Entity, Index, Unique } from 'typeorm';
import { DecisionRecord } from '../shared/synced-record.entity';

/** credit.permit — 行政许可 (双公示 XK_*, daily GB18030 CSV files), keyed by authority + document number. */
@Entity({ schema: 'credit', name: 'permit' })
@Unique('permit_natural_key', ['authorityCode', 'documentNumber'])
@Index('permit_decision', { synchronize: false })
@Index('permit_uscc', { synchronize: false })
export class PermitEntity extends DecisionRecord {
  @Column({ name: 'document_number', type: 'text' })
  documentNumber!: string;

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

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  /** Null with validLongTerm for 长期 (published as 2099/12/31). */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'valid_long_term', type: 'boolean', default: false })
  validLongTerm!: boolean;

  @Column({ type: 'text', nullable: true })
  status!: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;
}
