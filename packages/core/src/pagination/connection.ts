import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { KeysetPage } from './keyset';

/** Relay page info (shared by every subgraph). */
@Directive('@shareable')
@ObjectType({ description: '分页信息 — where this page ends and whether more follow' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;
}

/** What a list resolver returns; `totalCount` is a getter that runs its count query only when read. */
export interface ConnectionValue<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * The connection type of api.md for `node` (`nodes`, `edges`, `pageInfo`, `totalCount`).
 * Use as `@ObjectType() class PenaltyConnection extends Connection(Penalty, 'Penalty') {}`.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionBase {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    // A getter on the value object (see toConnection): the count runs only when the field is selected.
    @Field(() => Int, { description: 'Rows matching the filter, over all pages' })
    totalCount!: Promise<number>;
  }
  return ConnectionBase;
}

/**
 * Turns a keyset page plus a lazy count into the connection value. The count runs only when
 * `totalCount` is selected, and not at all when the page already holds every matching row.
 */
export function toConnection<Row, T>(page: KeysetPage<Row>, map: (row: Row) => T, count: () => Promise<number>): ConnectionValue<T> {
  const nodes = page.rows.map(map);
  let total: Promise<number> | undefined;
  return {
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] ?? '' })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    get totalCount() {
      total ??= page.whole ? Promise.resolve(page.rows.length) : count();
      return total;
    },
  };
}
