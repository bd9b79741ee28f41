import { pageSize } from '@keyfield/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { CreditContext } from '../context';
import { OrganizationConnection } from './organization.connection';
import { OrganizationFilter } from './organization.inputs';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: '市场主体 — one organisation by USCC (register data, or what the code alone tells)' })
  organization(@Arg('uscc', () => String) uscc: string, @Ctx() ctx: CreditContext): Promise<Organization> {
    return ctx.organizations.reference(ctx.loaders, uscc.trim().toUpperCase());
  }

  @Query(() => OrganizationConnection, { description: '市场主体列表 — the organisation register, by USCC' })
  organizations(
    @Ctx() ctx: CreditContext,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<OrganizationConnection> {
    return ctx.organizations.list(filter, pageSize(first), after) as unknown as Promise<OrganizationConnection>;
  }
}
