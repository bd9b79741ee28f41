import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { creditView, type CreditContext } from '../context';
import { Penalty } from '../penalty/penalty.type';
import { Permit } from '../permit/permit.type';
import { Organization } from './organization.type';

const description = '市场主体 — the party as an organisation (by its USCC; null for natural persons and codeless parties)';

function organizationOf(record: Penalty | Permit, ctx: CreditContext): Promise<Organization> | null {
  return record.subject.uscc && record.subject.kind !== 'NATURAL_PERSON' ? ctx.organizations.reference(ctx.loaders, record.subject.uscc, creditView(ctx)) : null;
}

@Resolver(() => Penalty)
export class PenaltyOrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true, description })
  organization(@Root() penalty: Penalty, @Ctx() ctx: CreditContext): Promise<Organization> | null {
    return organizationOf(penalty, ctx);
  }
}

@Resolver(() => Permit)
export class PermitOrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true, description })
  organization(@Root() permit: Permit, @Ctx() ctx: CreditContext): Promise<Organization> | null {
    return organizationOf(permit, ctx);
  }
}
