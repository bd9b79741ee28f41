import { headerProblem } from './header-problem';
import { parseRecord } from './parse-record';
import { recordTextAt } from './record-texts';

/** The header row of a permit file: its columns, why it is unusable (or null), and where data starts. */
export interface PermitHeader {
  columns: string[];
  problem: string | null;
  /** 1-based line of the header row (1 for an empty file). */
  line: number;
  /** Index of the first physical line after the header. */
  next: number;
}

/** Reads the first non-blank record of the file as its header. */
export function readPermitHeader(lines: readonly string[]): PermitHeader {
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start += 1;
  if (start === lines.length) return { columns: [], problem: '空文件 — the file has no header row', line: 1, next: start };
  const text = recordTextAt(lines, start);
  const parsed = parseRecord(text.text);
  if (!parsed.ok) return { columns: [], problem: `表头无法解析 — header row: ${parsed.reason}`, line: text.line, next: start + 1 };
  const columns = parsed.fields.map((name) => name.trim());
  return { columns, problem: headerProblem(columns), line: text.line, next: text.lastIndex + 1 };
}
