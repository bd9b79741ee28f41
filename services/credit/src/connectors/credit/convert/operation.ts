import type { Operation } from '@keyfield/sync';

// feeds.md does not spell the values of the CSV column 操作类型: its Chinese words are accepted too.
const OPERATIONS: Readonly<Record<string, Operation>> = {
  I: 'I',
  U: 'U',
  D: 'D',
  新增: 'I',
  修改: 'U',
  更新: 'U',
  删除: 'D',
};

/**
 * 操作类型 (CZLX) as an operation: missing means `I` (feeds.md). Undefined for a value that is
 * none of them, which the caller rejects: guessing could un-delete or delete a record.
 */
export function readOperation(raw: string | null): Operation | undefined {
  if (raw === null) return 'I';
  return OPERATIONS[raw.toUpperCase()];
}
