import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConvertContext } from '@keyfield/sync';

const FIXTURES = join(__dirname, '..', '..', '__fixtures__');

/** The rows of a recorded JSON page of the credit platform (`{"code": "0", …, "rows": […]}`). */
export function fixtureRows<W>(file: string): W[] {
  const page = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { rows: W[] };
  return page.rows;
}

/** The one fixture row whose `field` equals `value`; fails the test when there is none. */
export function fixtureRow<W>(file: string, field: keyof W, value: string): W {
  const row = fixtureRows<W>(file).find((r) => r[field] === value);
  if (row === undefined) throw new Error(`no row with ${String(field)} = ${value} in ${file}`);
  return row;
}

/** The bytes of a recorded file. */
export function fixtureBytes(file: string): Buffer {
  return readFileSync(join(FIXTURES, file));
}

/** A fetch as the runner describes it to a converter. */
export function contextFor(source: string, fileName?: string): ConvertContext {
  return { source, fetchedAt: '2026-11-02T01:00:00.000Z', ...(fileName === undefined ? {} : { fileName }) };
}
