/**
 * A record's natural key on the wire, for counting distinct records: its key fields joined by `|`;
 * a record whose key fields are all empty (malformed) counts as itself.
 */
export function wireKey<R extends object>(record: R, fields: (keyof R & string)[]): string {
  const values = fields.map((f) => String(record[f] ?? '').trim());
  return values.some((v) => v !== '') ? values.join('|') : JSON.stringify(record);
}
