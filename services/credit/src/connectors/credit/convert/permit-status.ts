// 当前状态 is a code (1, 2) in the standard and a label in some files.
const STATUSES: Readonly<Record<string, string>> = { '1': 'VALID', 有效: 'VALID', '2': 'INVALID', 无效: 'INVALID' };

/** 当前状态 of a permit: `VALID`, `INVALID`, or the raw label when it is neither (kept, not guessed). */
export function permitStatus(raw: string | null): string | null {
  return raw === null ? null : (STATUSES[raw] ?? raw);
}
