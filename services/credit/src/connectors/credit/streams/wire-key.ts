/**
 * A record's natural key on the wire, for counting distinct records: its key fields joined by `|`.
 * A record missing any key field (malformed) counts as itself, never as a sibling's duplicate.
 */
export function wireKey<R extends object>(record: R, fields: (keyof R & string)[]): string {
  const values = fields.map((f) => String(record[f] ?? '').trim());
  return values.every((v) => v !== '') ? values.join('|') : JSON.stringify(record);
}
