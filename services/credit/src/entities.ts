import { AbnormalListingEntity } from './abnormal/abnormal-listing.entity';
import { DefaulterEntity } from './defaulter/defaulter.entity';
import { OrganizationEntity } from './organization/organization.entity';
import { PenaltyEntity } from './penalty/penalty.entity';
import { PermitEntity } from './permit/permit.entity';
import { RepairEntity } from './repair/repair.entity';

/** Every credit table as a TypeORM entity; a test proves they match the migrations. */
export const creditEntities = [OrganizationEntity, PenaltyEntity, PermitEntity, RepairEntity, DefaulterEntity, AbnormalListingEntity];
