import { Column, Entity, Index, Unique } from 'typeorm';
import { NumberedRecord } from '../shared/synced-record.entity';

/** credit.abnormal_listing — 经营异常名录 (/credit/jyyc), keyed by USCC + listing date + reason. */
@Entity({ schema: 'credit', name: 'abnormal_listing' })
@Unique('abnormal_listing_natural_key', ['uscc', 'listedOn', 'listedReason'])
@Index('abnormal_listing_uscc', { synchronize: false })
export class AbnormalListingEntity extends NumberedRecord {
  @Column({ type: 'text' })
  uscc!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'listed_reason', type: 'text' })
  listedReason!: string;

  @Column({ name: 'listed_on', type: 'date' })
  listedOn!: string;

  @Column({ name: 'listed_by', type: 'text', nullable: true })
  listedBy!: string | null;

  @Column({ name: 'removed_reason', type: 'text', nullable: true })
  removedReason!: string | null;

  @Column({ name: 'removed_on', type: 'date', nullable: true })
  removedOn!: string | null;

  @Column({ name: 'removed_by', type: 'text', nullable: true })
  removedBy!: string | null;
}
