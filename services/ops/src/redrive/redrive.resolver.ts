import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { assertAdmin } from '../access/assert-admin';
import type { OpsContext } from '../context';
import { RedriveResult } from './redrive-result.type';

@Resolver(() => RedriveResult)
export class RedriveResolver {
  @Mutation(() => [RedriveResult], {
    description: '重新入库 — convert quarantined records again with the current converters (after a fix): what converts is upserted into its '
      + 'table and its entry resolved, what does not stays open with the reason given now. One transaction, one result per id (admin)',
  })
  redriveQuarantine(@Arg('ids', () => [ID], { description: 'Entry ids, at most 1000' }) ids: string[], @Ctx() ctx: OpsContext): Promise<RedriveResult[]> {
    return ctx.redrive.redrive(ids, assertAdmin(ctx));
  }
}
