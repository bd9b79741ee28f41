import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SyncedRecord } from '../shared/synced-record.entity';

/** credit.organization — the organisation register (企业信息, /credit/qyxx). */
@Entity({ schema: 'credit', name: 'organization' })
@Index('organization_name_normalised', ['nameNormalised'])
@Index('organization_region', { synchronize: false })
export class OrganizationEntity extends SyncedRecord {
  @PrimaryColumn({ type: 'text' })
  uscc!: string;

  @Column({ name: 'uscc_valid', type: 'boolean' })
  usccValid!: boolean;

  @Column({ name: 'uscc_warning', type: 'text', nullable: true })
  usccWarning!: string | null;

  @Column({ type: 'text' })
  name!: string;

  /** For matching only (brackets and widths unified); never published. */
  @Column({ name: 'name_normalised', type: 'text' })
  nameNormalised!: string;

  @Column({ type: 'text', nullable: true })
  kind!: string | null;

  @Column({ name: 'legal_rep', type: 'text', nullable: true })
  legalRep!: string | null;

  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn!: string | null;

  @Column({ name: 'registering_office', type: 'text', nullable: true })
  registeringOffice!: string | null;

  @Column({ type: 'text', nullable: true })
  status!: string | null;

  /** 注册地址 — stored, never exposed (an individual business's may be a home address). */
  @Column({ name: 'registered_address', type: 'text', nullable: true })
  registeredAddress!: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode!: string | null;
}
