import { assertMayWrite } from '@keyfield/sync';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CreditContext } from '../context';
import { AbnormalListingRecordInput } from './abnormal-listing-record.input';
import { JudgmentDefaulterRecordInput } from './defaulter-record.input';
import { IngestResult } from './ingest-result.type';
import { OrganizationRecordInput } from './organization-record.input';
import { PenaltyRecordInput } from './penalty-record.input';
import { PermitRecordInput } from './permit-record.input';
import { RepairRecordInput } from './repair-record.input';

const BATCH = '逐条校验，有效记录同一事务写入 — each record validated and converted as the pull sync does, the valid ones applied in one transaction, one result per record in input order; at most INGEST_MAX_RECORDS (default 5000) records a call. For sync jobs and admins.';

/** Push ingest: one batch mutation per credit record type (api.md "Writes"). */
@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, { description: `推送企业信息 — push organisation-register records (/credit/qyxx). ${BATCH}` })
  ingestOrganizations(@Arg('records', () => [OrganizationRecordInput]) records: OrganizationRecordInput[], @Ctx() ctx: CreditContext): Promise<IngestResult> {
    assertMayWrite(ctx, 'credit');
    return ctx.ingest.ingest('organizations', records, ctx.requestId);
  }

  @Mutation(() => IngestResult, { description: `推送行政处罚 — push penalty records (双公示 /credit/sgs/xzcf). ${BATCH}` })
  ingestPenalties(@Arg('records', () => [PenaltyRecordInput]) records: PenaltyRecordInput[], @Ctx() ctx: CreditContext): Promise<IngestResult> {
    assertMayWrite(ctx, 'credit');
    return ctx.ingest.ingest('penalties', records, ctx.requestId);
  }

  @Mutation(() => IngestResult, { description: `推送信用修复 — push credit-repair records (/credit/sgs/xyxf). ${BATCH}` })
  ingestRepairs(@Arg('records', () => [RepairRecordInput]) records: RepairRecordInput[], @Ctx() ctx: CreditContext): Promise<IngestResult> {
    assertMayWrite(ctx, 'credit');
    return ctx.ingest.ingest('repairs', records, ctx.requestId);
  }

  @Mutation(() => IngestResult, { description: `推送失信被执行人 — push judgment-defaulter records (/credit/sxbzxr). ${BATCH}` })
  ingestJudgmentDefaulters(
    @Arg('records', () => [JudgmentDefaulterRecordInput]) records: JudgmentDefaulterRecordInput[],
    @Ctx() ctx: CreditContext,
  ): Promise<IngestResult> {
    assertMayWrite(ctx, 'credit');
    return ctx.ingest.ingest('judgmentDefaulters', records, ctx.requestId);
  }

  @Mutation(() => IngestResult, { description: `推送经营异常名录 — push abnormal-operation listings (/credit/jyyc). ${BATCH}` })
  ingestAbnormalListings(
    @Arg('records', () => [AbnormalListingRecordInput]) records: AbnormalListingRecordInput[],
    @Ctx() ctx: CreditContext,
  ): Promise<IngestResult> {
    assertMayWrite(ctx, 'credit');
    return ctx.ingest.ingest('abnormalListings', records, ctx.requestId);
  }

  @Mutation(() => IngestResult, { description: `推送行政许可 — push permit records (the rows of /credit/files/xzxk, under their XK_* names). ${BATCH}` })
  ingestPermits(
    @Arg('fileName', () => String, { description: '许可文件名 — the daily permit file the records belong to (xzxk_20261101.csv); its day is their change time' }) fileName: string,
    @Arg('records', () => [PermitRecordInput]) records: PermitRecordInput[],
    @Ctx() ctx: CreditContext,
  ): Promise<IngestResult> {
    assertMayWrite(ctx, 'credit');
    return ctx.ingest.ingestPermits(fileName, records, ctx.requestId);
  }
}
