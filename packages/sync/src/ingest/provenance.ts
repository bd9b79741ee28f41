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

/**
 * Where a pushed record came from, for quarantine: `push:<requestId>#<index>`, plus `@<fileName>`
 * for records of a daily file (permits), whose converter needs the file's name again on re-drive.
 */
export function pushLocator(requestId: string, index: number, fileName?: string): string {
  return `${PUSH_SOURCE_PREFIX}${requestId}#${index}${fileName === undefined ? '' : `@${fileName}`}`;
}

/** The file name a push locator carries (re-drive gives it back to the converter), if any. */
export function pushedFileName(locator: string): string | undefined {
  if (!locator.startsWith(PUSH_SOURCE_PREFIX)) return undefined;
  const match = /#\d+@(.+)$/u.exec(locator);
  return match?.[1];
}
