/** Where a stream's rows go: a table and the columns of its natural key (with a unique constraint). */
export interface TableSpec {
  /** Schema-qualified, from code: `credit.penalty`. */
  table: string;
  key: string[];
}

/** A source: one upstream stream, its converter and its table. */
export interface SourceSpec<W, S> {
  /** `credit/xzcf`: names state, runs and quarantine entries. */
  name: string;
  table: TableSpec;
  stream: import('./stream').Stream<W, S>;
  convert: import('./conversion').Converter<W>;
}

/** A source of any wire and state type, for lists of mixed sources (the CLI, the first sync). */
export type AnySource = SourceSpec<never, unknown>;
