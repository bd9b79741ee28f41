import { paged } from '@keyfield/core';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertAdmin } from '../access/assert-admin';
import type { OpsContext } from '../context';
import { HeldSnapshotConnection } from './held-snapshot.connection';
import { HeldSnapshotArgs } from './held-snapshot.inputs';
import { HeldSnapshot } from './held-snapshot.type';

const APPLIED_LATER = 'Nothing is applied here: the sync engine applies a released snapshot on the source’s next full run.';

@Resolver(() => HeldSnapshot)
export class HeldSnapshotResolver {
  @Query(() => HeldSnapshotConnection, { description: '暂扣快照 — snapshots held for a decision, and past decisions, newest first (admin)' })
  heldSnapshots(@Args() args: HeldSnapshotArgs, @Ctx() ctx: OpsContext): Promise<HeldSnapshotConnection> {
    assertAdmin(ctx);
    return ctx.held.list(paged(args)) as unknown as Promise<HeldSnapshotConnection>;
  }

  @Query(() => HeldSnapshot, { nullable: true, description: '暂扣快照 — one held snapshot by id; null when there is none (admin)' })
  heldSnapshot(@Arg('id', () => ID) id: string, @Ctx() ctx: OpsContext): Promise<HeldSnapshot | null> {
    assertAdmin(ctx);
    return ctx.held.get(id);
  }

  @Mutation(() => HeldSnapshot, {
    description: `放行快照 — release a held snapshot: the records it no longer holds are to be withdrawn. ${APPLIED_LATER} (admin)`,
  })
  releaseHeldSnapshot(@Arg('id', () => ID) id: string, @Ctx() ctx: OpsContext): Promise<HeldSnapshot> {
    return ctx.held.decide(id, 'released', assertAdmin(ctx));
  }

  @Mutation(() => HeldSnapshot, {
    description: '丢弃快照 — discard a held snapshot (an upstream outage, not real deletions): the stored records stay as they are (admin)',
  })
  discardHeldSnapshot(@Arg('id', () => ID) id: string, @Ctx() ctx: OpsContext): Promise<HeldSnapshot> {
    return ctx.held.decide(id, 'discarded', assertAdmin(ctx));
  }
}
