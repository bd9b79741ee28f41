import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConvertContext } from '@keyfield/sync';
import { noticesOf } from '../../client';
import type { CcgpNoticeWire } from '../../wire-types';

const PAGE = join(__dirname, '..', '..', '__fixtures__', 'notices-page.json');

/** The recorded notice with this `noticeId`; fails the test when there is none. */
export function fixtureNotice(noticeId: string): CcgpNoticeWire {
  const notice = noticesOf(readFileSync(PAGE, 'utf8')).find((n) => n.noticeId === noticeId);
  if (notice === undefined) throw new Error(`no notice ${noticeId} in the fixture`);
  return notice;
}

/** A fetch as the runner describes it to a converter. */
export const contextFor = (source: string): ConvertContext => ({ source, fetchedAt: '2026-12-09T01:00:00.000Z' });
