/**
 * A timestamptz column as ISO 8601 at +08:00 (Asia/Shanghai, no DST), the way every keyfield
 * subgraph shows an instant: `2026-11-22T11:54:35+08:00`. Null stays null.
 */
export const shanghaiIso = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"')`;

/** An instant (any ISO form Date parses) as ISO 8601 at +08:00; the input when it does not parse. */
export function shanghaiIsoOf(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
