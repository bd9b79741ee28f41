import { Column, Entity, Index, Unique } from 'typeorm';
import { NumberedRecord } from '../shared/synced-record.entity';

/** credit.defaulter — 失信被执行人 (/credit/sxbzxr), keyed by case number + name. */
@Entity({ schema: 'credit', name: 'defaulter' })
@Unique('defaulter_natural_key', ['caseNumber', 'name'])
@Index('defaulter_code', ['idOrOrgCode'])
export class DefaulterEntity extends NumberedRecord {
  @Column({ name: 'case_number', type: 'text' })
  caseNumber!: string;

  @Column({ type: 'text' })
  name!: string;

  /** A person's id (masked upstream) or an organisation's code, as sent. */
  @Column({ name: 'id_or_org_code', type: 'text', nullable: true })
  idOrOrgCode!: string | null;

  @Column({ name: 'legal_rep', type: 'text', nullable: true })
  legalRep!: string | null;

  @Column({ type: 'text', nullable: true })
  court!: string | null;

  @Column({ type: 'text', nullable: true })
  province!: string | null;

  @Column({ name: 'basis_number', type: 'text', nullable: true })
  basisNumber!: string | null;

  @Column({ name: 'basis_issuer', type: 'text', nullable: true })
  basisIssuer!: string | null;

  @Column({ name: 'filed_on', type: 'date', nullable: true })
  filedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  obligation!: string | null;

  @Column({ type: 'text', nullable: true })
  performance!: string | null;

  @Column({ type: 'text', nullable: true })
  behaviour!: string | null;

  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn!: string | null;
}
