/** `DATA_TIMESTAMP` and `from`: `YYYYMMDDHHmmss` on the Shanghai wall clock (UTC+8, no DST). */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const SHANGHAI_MS = 8 * 3600 * 1000;

/** Epoch ms of a compact timestamp; undefined when it is not a real calendar time. */
export function compactToMs(text: string | null | undefined): number | undefined {
  const m = COMPACT.exec(text ?? '');
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(wall);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return wall - SHANGHAI_MS;
}

/** The compact Shanghai timestamp of an instant (whole seconds, rounded down). */
export function msToCompact(ms: number): string {
  const iso = new Date(Math.max(ms, 0) + SHANGHAI_MS).toISOString();
  return iso.slice(0, 19).replace(/\D/gu, '');
}
