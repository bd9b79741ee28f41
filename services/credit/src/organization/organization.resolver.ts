import { checkUscc, paged, userInputError } from '@keyfield/core';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { creditView, type CreditContext } from '../context';
import { OrganizationConnection } from './organization.connection';
import { OrganizationArgs } from './organization.inputs';
import { Organization } from './organization.type';

/** Codes one `organizationsByUscc` call may ask for. */
export const MAX_BATCH_USCCS = 500;

/** The normalised code of `uscc`, or the caller's error naming `argument`. */
function codeOf(uscc: string, argument: string): string {
  const check = checkUscc(uscc);
  if (check.kind === 'invalid') {
    throw userInputError(argument, `"${uscc}" is neither a unified social credit code nor a registration number`,
      'Give the 18-character code (e.g. 91350100M000100Y43) or a 15-digit registration number');
  }
  return check.code;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: '市场主体 — one organisation by USCC (register data, or what the code alone tells)' })
  organization(@Arg('uscc', () => String) uscc: string, @Ctx() ctx: CreditContext): Promise<Organization> {
    return ctx.organizations.reference(ctx.loaders, codeOf(uscc, 'uscc'), creditView(ctx));
  }

  @Query(() => [Organization], {
    description: `市场主体批量 — many organisations by USCC, in the order asked (at most ${MAX_BATCH_USCCS}); each as organization(uscc:) answers it. Their nested lists are read together: one SQL query per list`,
  })
  organizationsByUscc(@Arg('usccs', () => [String]) usccs: string[], @Ctx() ctx: CreditContext): Promise<Organization[]> {
    if (usccs.length > MAX_BATCH_USCCS) {
      throw userInputError('usccs', `${usccs.length} codes are more than the ${MAX_BATCH_USCCS} one call may ask for`, `Split the list into calls of at most ${MAX_BATCH_USCCS}`);
    }
    const view = creditView(ctx);
    return Promise.all(usccs.map((uscc, i) => ctx.organizations.reference(ctx.loaders, codeOf(uscc, `usccs[${i}]`), view)));
  }

  @Query(() => OrganizationConnection, { description: '市场主体列表 — the organisation register, by USCC' })
  organizations(@Args() args: OrganizationArgs, @Ctx() ctx: CreditContext): Promise<OrganizationConnection> {
    const { filter, first, after } = paged(args);
    return ctx.organizations.list(filter, first, after, creditView(ctx)) as unknown as Promise<OrganizationConnection>;
  }
}
