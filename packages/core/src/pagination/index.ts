export { encodeCursor, decodeCursor } from './cursor';
export type { CursorValues } from './cursor';
export { pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';
export { SqlWhere, likePattern } from './sql-where';
export { fetchKeysetPage, countRows } from './keyset';
export type { Queryable, KeysetOrder, KeysetQuery, KeysetPage } from './keyset';
export { Connection, PageInfo, toConnection } from './connection';
export type { ConnectionValue } from './connection';
