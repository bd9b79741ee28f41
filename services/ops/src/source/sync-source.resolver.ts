import { paged, PageArgs } from '@keyfield/core';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { assertAdmin } from '../access/assert-admin';
import type { OpsContext } from '../context';
import { HeldSnapshot } from '../held/held-snapshot.type';
import { SyncRunConnection } from '../run/sync-run.connection';
import { SyncRun } from '../run/sync-run.type';
import { SyncSource } from './sync-source.type';

@Resolver(() => SyncSource)
export class SyncSourceResolver {
  @Query(() => [SyncSource], { description: '同步状态 — every configured source with its state (admin)' })
  syncSources(@Ctx() ctx: OpsContext): SyncSource[] {
    assertAdmin(ctx);
    return ctx.state.all();
  }

  @Query(() => SyncSource, { description: '同步状态 — one source by name, e.g. credit/xzcf (admin)' })
  syncSource(@Arg('name', () => String) name: string, @Ctx() ctx: OpsContext): SyncSource {
    assertAdmin(ctx);
    return ctx.state.one(name);
  }

  @FieldResolver(() => String, { nullable: true, description: '游标 — the committed cursor state as JSON; null before the first committed batch' })
  async cursor(@Root() source: SyncSource, @Ctx() ctx: OpsContext): Promise<string | null> {
    const state = await ctx.state.cursor(ctx.loaders, source.name);
    return state ? JSON.stringify(state.cursor) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '游标更新时间 — when the cursor last moved' })
  async cursorUpdatedAt(@Root() source: SyncSource, @Ctx() ctx: OpsContext): Promise<string | null> {
    return (await ctx.state.cursor(ctx.loaders, source.name))?.updatedAt ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '滞后 — seconds between now and the upstream change time (SJC) the cursor has reached; null when unknown (file feeds, nothing read yet)',
  })
  async lagSeconds(@Root() source: SyncSource, @Ctx() ctx: OpsContext): Promise<number | null> {
    return ctx.state.lagSeconds(await ctx.state.cursor(ctx.loaders, source.name));
  }

  @FieldResolver(() => SyncRun, { nullable: true, description: '上次运行 — the newest run that has ended, whatever its status' })
  lastRun(@Root() source: SyncSource, @Ctx() ctx: OpsContext): Promise<SyncRun | null> {
    return ctx.runs.lastFinished(ctx.loaders, source.name);
  }

  @FieldResolver(() => SyncRun, { nullable: true, description: '当前运行 — the run in progress, if any (see heartbeatAgeSeconds)' })
  currentRun(@Root() source: SyncSource, @Ctx() ctx: OpsContext): Promise<SyncRun | null> {
    return ctx.runs.current(ctx.loaders, source.name);
  }

  @FieldResolver(() => Int, { description: '待处理隔离 — open quarantine entries' })
  openQuarantineCount(@Root() source: SyncSource, @Ctx() ctx: OpsContext): Promise<number> {
    return ctx.quarantine.openCount(ctx.loaders, source.name);
  }

  @FieldResolver(() => HeldSnapshot, { nullable: true, description: '暂扣快照 — the snapshot awaiting a decision, if any' })
  heldSnapshot(@Root() source: SyncSource, @Ctx() ctx: OpsContext): Promise<HeldSnapshot | null> {
    return ctx.held.openFor(ctx.loaders, source.name);
  }

  @FieldResolver(() => SyncRunConnection, { description: '运行记录 — its runs, newest first' })
  runs(@Root() source: SyncSource, @Args() args: PageArgs, @Ctx() ctx: OpsContext): Promise<SyncRunConnection> {
    return ctx.runs.forSource(ctx.loaders, source.name, paged(args)) as unknown as Promise<SyncRunConnection>;
  }
}
