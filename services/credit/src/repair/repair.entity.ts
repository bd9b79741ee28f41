import { Column, Entity, Unique } from 'typeorm';
import { NumberedRecord } from '../shared/synced-record.entity';

/** credit.repair — 信用修复 of a penalty (/credit/sgs/xyxf), keyed like the penalty it repairs. */
@Entity({ schema: 'credit', name: 'repair' })
@Unique('repair_natural_key', ['decisionNumber', 'authorityCode'])
export class RepairEntity extends NumberedRecord {
  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'authority_code', type: 'text' })
  authorityCode!: string;

  @Column({ name: 'authority_name', type: 'text', nullable: true })
  authorityName!: string | null;

  @Column({ name: 'repair_date', type: 'date' })
  repairDate!: string;

  @Column({ name: 'repairing_authority', type: 'text', nullable: true })
  repairingAuthority!: string | null;
}
