import { CandidatePublicityEntity, ConstructionNoticeEntity, WinResultEntity } from './construction/construction.entity';
import { LandDealEntity, LandTransferNoticeEntity } from './land/land.entity';
import { ProcurementContractEntity, ProcurementNoticeEntity, ProcurementResultEntity } from './procurement/procurement.entity';

/** Every trading table as a TypeORM entity schema; a test proves they match the migrations. */
export const tradingEntities = [
  ConstructionNoticeEntity, CandidatePublicityEntity, WinResultEntity, LandTransferNoticeEntity, LandDealEntity,
  ProcurementNoticeEntity, ProcurementResultEntity, ProcurementContractEntity,
];
