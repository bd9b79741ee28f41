import { paged } from '@keyfield/core';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { CandidatePublicityConnection } from './candidate-publicity.connection';
import { CandidatePublicity } from './candidate-publicity.type';
import { ConstructionProject } from './construction-project.type';
import { TenderResultArgs } from './tender-result.inputs';

@Resolver(() => CandidatePublicity)
export class CandidatePublicityResolver {
  @Query(() => CandidatePublicityConnection, { description: '中标候选人公示 — construction candidate publicities, newest first' })
  candidatePublicities(@Args() args: TenderResultArgs, @Ctx() ctx: TradingContext): Promise<CandidatePublicityConnection> {
    return ctx.candidatePublicities.list(paged(args), tradingView(ctx)) as unknown as Promise<CandidatePublicityConnection>;
  }

  @FieldResolver(() => ConstructionProject, { description: '工程建设项目 — the tender project’s life cycle' })
  project(@Root() publicity: CandidatePublicity): ConstructionProject {
    return { tenderProjectCode: publicity.tenderProjectCode };
  }
}
