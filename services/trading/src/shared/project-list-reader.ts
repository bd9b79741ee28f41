import { ListReader, type ListSpec, type LoaderRegistry, type RecordView } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { recordsByKey } from './records-by-key';
import type { TradingOrder } from './trading-order';

/** Where a record type names its project, and how one project's records are ordered. */
export interface ProjectKey {
  /** e.g. `r.tender_project_code`. */
  column: string;
  /** ORDER BY within one project (a life cycle reads oldest first). */
  orderBy: string;
}

/** A trading list that also reads every record of a project (a life cycle), batched per request. */
export class ProjectListReader<Row, Node, Filter> extends ListReader<Row, Node, Filter, TradingOrder> {
  constructor(private readonly database: DataSource, private readonly listSpec: ListSpec<Row, Node, Filter, TradingOrder>, private readonly project: ProjectKey) {
    super(database, listSpec);
  }

  /** The records of one project the caller may see. */
  ofProject(loaders: LoaderRegistry, code: string, view: RecordView): Promise<Node[]> {
    const { name, from, alias, select, publicity, toNode } = this.listSpec;
    return recordsByKey(this.database, loaders, { name, from, alias, select, publicity, toNode, keyColumn: this.project.column, orderBy: this.project.orderBy }, code, view);
  }
}
