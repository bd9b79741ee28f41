import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { assertAdmin } from '../access/assert-admin';
import type { OpsContext } from '../context';
import { TriggeredSync } from './triggered-sync.type';

@Resolver(() => TriggeredSync)
export class TriggerResolver {
  @Mutation(() => TriggeredSync, {
    description: '手动同步 — queue a run of one source now (trigger manual), for a sync worker to pick up. While a run waits in the queue, '
      + 'triggering again returns that run; a run in progress is not interrupted, the new one follows it (admin)',
  })
  triggerSync(
    @Arg('source', () => String, { description: 'A source name, e.g. credit/xzcf' }) source: string,
    @Ctx() ctx: OpsContext,
    @Arg('full', () => Boolean, { nullable: true, description: 'A full reconciliation (complete pull; vanished records withdrawn, or held past SYNC_HOLD_SHARE) instead of an incremental run' }) full?: boolean,
  ): Promise<TriggeredSync> {
    return ctx.trigger.trigger(source, full ?? false, assertAdmin(ctx));
  }
}
