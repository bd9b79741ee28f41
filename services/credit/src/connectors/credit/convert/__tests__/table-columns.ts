import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MIGRATION = join(__dirname, '..', '..', '..', '..', 'migrations', '1763790000000-create-credit.ts');

// Filled by the database or by the table writer, never by a converter.
const NOT_CONVERTED = new Set(['id', 'updated_at', 'content_hash']);

/** Splits a column list on its top-level commas (not those inside `UNIQUE (a, b)`). */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  return [...parts, current];
}

function constant(source: string, name: string): string {
  return new RegExp(`const ${name} = \`([^\`]*)\``, 'u').exec(source)?.[1] ?? '';
}

/**
 * The columns a converter must fill for a table, read from the migration itself so that the
 * tests follow the schema: every column but `id`, `updated_at` and `content_hash`.
 */
export function convertedColumns(table: string): string[] {
  const migration = readFileSync(MIGRATION, 'utf8');
  const create = new RegExp(`CREATE TABLE credit\\.${table} \\(([\\s\\S]*?)\\)\`\\)`, 'u').exec(migration)?.[1];
  if (create === undefined) throw new Error(`no table credit.${table} in the migration`);
  const body = create
    .replace('${PROVENANCE}', constant(migration, 'PROVENANCE'))
    .replace('${SUBJECT}', constant(migration, 'SUBJECT'));
  return splitTopLevel(body)
    .map((part) => part.trim().split(/\s+/u)[0] ?? '')
    .filter((name) => name !== '' && name !== 'CONSTRAINT' && !NOT_CONVERTED.has(name))
    .sort();
}
