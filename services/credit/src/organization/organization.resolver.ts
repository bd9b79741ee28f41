import { paged } from '@keyfield/core';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { CreditContext } from '../context';
import { OrganizationConnection } from './organization.connection';
import { OrganizationArgs } from './organization.inputs';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: '市场主体 — one organisation by USCC (register data, or what the code alone tells)' })
  organization(@Arg('uscc', () => String) uscc: string, @Ctx() ctx: CreditContext): Promise<Organization> {
    return ctx.organizations.reference(ctx.loaders, uscc.trim().toUpperCase());
  }

  @Query(() => OrganizationConnection, { description: '市场主体列表 — the organisation register, by USCC' })
  organizations(@Args() args: OrganizationArgs, @Ctx() ctx: CreditContext): Promise<OrganizationConnection> {
    const { filter, first, after } = paged(args);
    return ctx.organizations.list(filter, first, after) as unknown as Promise<OrganizationConnection>;
  }
}
