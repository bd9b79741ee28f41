import { Column, Entity, Index, Unique } from 'typeorm';
import { DecisionRecord } from '../shared/synced-record.entity';

/** credit.penalty — 行政处罚 (双公示 CF_*), keyed by decision number + authority code. */
@Entity({ schema: 'credit', name: 'penalty' })
@Unique('penalty_natural_key', ['decisionNumber', 'authorityCode'])
@Index('penalty_decision', { synchronize: false })
@Index('penalty_uscc', { synchronize: false })
@Index('penalty_region', { synchronize: false })
export class PenaltyEntity extends DecisionRecord {
  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'reg_number', type: 'text', nullable: true })
  regNumber!: string | null;

  @Column({ name: 'org_code', type: 'text', nullable: true })
  orgCode!: string | null;

  @Column({ name: 'tax_reg_number', type: 'text', nullable: true })
  taxRegNumber!: string | null;

  @Column({ name: 'institution_code', type: 'text', nullable: true })
  institutionCode!: string | null;

  @Column({ name: 'social_org_code', type: 'text', nullable: true })
  socialOrgCode!: string | null;

  @Column({ name: 'legal_rep_id_type', type: 'text', nullable: true })
  legalRepIdType!: string | null;

  /** Stored for matching; never exposed, never logged (policy.md 个人信息). */
  @Column({ name: 'legal_rep_id_number', type: 'text', nullable: true })
  legalRepIdNumber!: string | null;

  @Column({ name: 'person_id_type', type: 'text', nullable: true })
  personIdType!: string | null;

  /** Stored for matching; shown masked at most. */
  @Column({ name: 'person_id_number', type: 'text', nullable: true })
  personIdNumber!: string | null;

  @Column({ name: 'violation_type', type: 'text', nullable: true })
  violationType!: string | null;

  @Column({ type: 'text', nullable: true })
  facts!: string | null;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis!: string | null;

  @Column({ type: 'text', array: true })
  kinds!: string[];

  @Column({ type: 'text', nullable: true })
  content!: string | null;

  // Money: as published (万元 for CF_NR_FK) plus the amount in 元; numeric comes back as a string.
  @Column({ name: 'fine_amount', type: 'numeric', nullable: true })
  fineAmount!: string | null;

  @Column({ name: 'fine_unit', type: 'varchar', length: 4, nullable: true })
  fineUnit!: string | null;

  @Column({ name: 'fine_yuan', type: 'numeric', nullable: true })
  fineYuan!: string | null;

  @Column({ name: 'confiscated_amount', type: 'numeric', nullable: true })
  confiscatedAmount!: string | null;

  @Column({ name: 'confiscated_unit', type: 'varchar', length: 4, nullable: true })
  confiscatedUnit!: string | null;

  @Column({ name: 'confiscated_yuan', type: 'numeric', nullable: true })
  confiscatedYuan!: string | null;

  @Column({ name: 'licence_affected', type: 'text', nullable: true })
  licenceAffected!: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'publicity_end', type: 'date', nullable: true })
  publicityEnd!: string | null;

}
