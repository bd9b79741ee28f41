/** Prefix of the `source` column of a pushed row: `push:credit/xzcf` next to a pulled `credit/xzcf`. */
export const PUSH_SOURCE_PREFIX = 'push:';

/**
 * The `source` column of a row that arrived by push ingest. The source name stays the stream's
 * (quarantine, state and the converter's context use it), so a reader can tell a pushed row from a
 * pulled one, and which stream's rules it went through, from this one column.
 */
export function pushedSource(sourceName: string): string {
  return `${PUSH_SOURCE_PREFIX}${sourceName}`;
}

/** Where a pushed record came from, for quarantine: `push:<requestId>#<index>`. */
export function pushLocator(requestId: string, index: number): string {
  return `${PUSH_SOURCE_PREFIX}${requestId}#${index}`;
}
