import { ArgsType, Field, Int } from 'type-graphql';
import { pageSize } from './page-size';

/** `first` and `after` of every connection field; list args classes extend it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items (default 20, at most 100)' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string;
}

/** The args with `first` checked and defaulted (BAD_USER_INPUT when out of range). */
export function paged<A extends PageArgs>(args: A): A & { first: number } {
  return { ...args, first: pageSize(args.first) };
}
