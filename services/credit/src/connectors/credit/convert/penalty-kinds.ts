// 处罚类别 joins several kinds with ASCII or full-width commas, 顿号 or semicolons.
const SEPARATORS = /[,，、;；]/u;

/** The penalty kinds of CF_CFLB (警告, 罚款, …), trimmed, empty parts dropped, order kept. */
export function splitPenaltyKinds(raw: string | null): string[] {
  if (raw === null) return [];
  return raw
    .split(SEPARATORS)
    .map((kind) => kind.trim())
    .filter((kind) => kind !== '');
}
