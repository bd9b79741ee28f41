import { PERMIT_COLUMNS } from './permit-columns';

const EXPECTED: ReadonlySet<string> = new Set(PERMIT_COLUMNS);

/**
 * Why a header row is not the contract's (feeds.md), or null when it is. Order is free, but every
 * column must be there exactly once and no other: a renamed or missing column would otherwise
 * shift or drop a field silently in every record.
 */
export function headerProblem(header: readonly string[]): string | null {
  const present = new Set(header);
  const duplicate = [...present].filter((name) => header.indexOf(name) !== header.lastIndexOf(name));
  const unknown = header.filter((name) => !EXPECTED.has(name));
  const missing = PERMIT_COLUMNS.filter((name) => !present.has(name));
  const parts: string[] = [];
  if (unknown.length > 0) parts.push(`未知列 unknown column(s): ${unknown.join(', ')}`);
  if (missing.length > 0) parts.push(`缺少列 missing column(s): ${missing.join(', ')}`);
  if (duplicate.length > 0) parts.push(`重复列 duplicate column(s): ${duplicate.join(', ')}`);
  return parts.length === 0 ? null : `表头不符合约定 — header does not match the permit file contract: ${parts.join('; ')}`;
}
