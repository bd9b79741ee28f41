import { checkUscc, paged, userInputError } from '@keyfield/core';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { creditView, type CreditContext } from '../context';
import { OrganizationConnection } from './organization.connection';
import { OrganizationArgs } from './organization.inputs';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: '市场主体 — one organisation by USCC (register data, or what the code alone tells)' })
  organization(@Arg('uscc', () => String) uscc: string, @Ctx() ctx: CreditContext): Promise<Organization> {
    const check = checkUscc(uscc);
    if (check.kind === 'invalid') {
      throw userInputError('uscc', `"${uscc}" is neither a unified social credit code nor a registration number`,
        'Give the 18-character code (e.g. 91350100M000100Y43) or a 15-digit registration number');
    }
    return ctx.organizations.reference(ctx.loaders, check.code, creditView(ctx));
  }

  @Query(() => OrganizationConnection, { description: '市场主体列表 — the organisation register, by USCC' })
  organizations(@Args() args: OrganizationArgs, @Ctx() ctx: CreditContext): Promise<OrganizationConnection> {
    const { filter, first, after } = paged(args);
    return ctx.organizations.list(filter, first, after, creditView(ctx)) as unknown as Promise<OrganizationConnection>;
  }
}
