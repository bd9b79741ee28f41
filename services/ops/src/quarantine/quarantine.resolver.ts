import { paged } from '@keyfield/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertAdmin } from '../access/assert-admin';
import type { OpsContext } from '../context';
import { QuarantineEntryConnection } from './quarantine.connection';
import { QuarantineArgs } from './quarantine.inputs';
import { QuarantineEntry } from './quarantine-entry.type';
import { QuarantineReasonCount } from './quarantine-summary.type';
import { RawPage } from './raw-page.type';
import { ResolveResult } from './resolve-result.type';

@Resolver(() => QuarantineEntry)
export class QuarantineResolver {
  @Query(() => QuarantineEntryConnection, { description: '隔离区 — records the sync could not store, newest first (admin)' })
  quarantine(@Args() args: QuarantineArgs, @Ctx() ctx: OpsContext): Promise<QuarantineEntryConnection> {
    assertAdmin(ctx);
    return ctx.quarantine.list(paged(args)) as unknown as Promise<QuarantineEntryConnection>;
  }

  @Query(() => QuarantineEntry, { nullable: true, description: '隔离记录 — one entry by id; null when there is none (admin)' })
  quarantineEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: OpsContext): Promise<QuarantineEntry | null> {
    assertAdmin(ctx);
    return ctx.quarantine.get(id);
  }

  @Query(() => [QuarantineReasonCount], { description: '隔离汇总 — open entries counted per source, stage and reason (admin)' })
  quarantineSummary(
    @Arg('source', () => String, { nullable: true, description: 'Only this source' }) source: string | null,
    @Ctx() ctx: OpsContext,
  ): Promise<QuarantineReasonCount[]> {
    assertAdmin(ctx);
    return ctx.quarantine.summary(source);
  }

  @Mutation(() => [ResolveResult], {
    description: '人工处理 — close quarantine entries without storing them (known bad upstream, or not needed); one transaction, one result per id (admin)',
  })
  resolveQuarantine(
    @Arg('ids', () => [ID], { description: 'Entry ids, at most 1000' }) ids: string[],
    @Arg('note', () => String, { nullable: true, description: 'Why, for the operations log' }) note: string | null,
    @Ctx() ctx: OpsContext,
  ): Promise<ResolveResult[]> {
    return ctx.resolve.resolve(ids, note, assertAdmin(ctx));
  }

  @FieldResolver(() => RawPage, { nullable: true, description: '原始页面 — the archived page or file it came from; null for pushed records' })
  rawPage(@Root() entry: QuarantineEntry, @Ctx() ctx: OpsContext): Promise<RawPage | null> | null {
    return entry.rawPageId === null ? null : ctx.quarantine.rawPage(ctx.loaders, entry.rawPageId);
  }
}
