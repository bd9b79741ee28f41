import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConvertContext } from '@keyfield/sync';
import { parseGgzyPage } from '../../parse-page';
import type { GgzyElement, GgzyRecordTypes } from '../../wire-types';

const FIXTURES = join(__dirname, '..', '..', '__fixtures__');

/** The records of one element in a recorded XML page, in page order. */
export function fixtureRecords<E extends GgzyElement>(file: string, element: E): GgzyRecordTypes[E][] {
  const parsed = parseGgzyPage(readFileSync(join(FIXTURES, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.rows.flatMap((row) => (row.element === element ? [row.record as GgzyRecordTypes[E]] : []));
}

/** The record at `index` of an element; fails the test when there is none. */
export function fixtureRecord<E extends GgzyElement>(file: string, element: E, index: number): GgzyRecordTypes[E] {
  const record = fixtureRecords(file, element)[index];
  if (record === undefined) throw new Error(`no ${element} #${index} in ${file}`);
  return record;
}

/** A fetch as the runner describes it to a converter. */
export const contextFor = (source: string): ConvertContext => ({ source, fetchedAt: '2026-12-01T03:00:00.000Z' });
