import type { AnySource, Converter, SourceSpec } from '@keyfield/sync';
import type { PenaltyWire, PermitCsvRecord } from '../../../services/credit/src/connectors/credit/wire-types';

/**
 * The "converter fixes" the re-drive tests ship: each accepts what the current converter rejects
 * for one reason, as a real fix would, by reading the bad value differently.
 */
function patched<W>(source: AnySource, fix: (record: W) => W): AnySource {
  const spec = source as unknown as SourceSpec<W, unknown>;
  const convert: Converter<W> = (record, ctx) => spec.convert(fix(record), ctx);
  return { ...spec, convert } as unknown as AnySource;
}

/** credit/xzcf: a fine that is not a number (`abc`) is read as no fine. */
export const fixFines = (source: AnySource): AnySource =>
  patched<PenaltyWire>(source, (r) => ({ ...r, CF_NR_FK: /^[\d.]*$/.test(r.CF_NR_FK ?? '') ? r.CF_NR_FK : '' }));

/** credit/xzxk: a decision day past the month's end (2026/02/30) is read as the month's last day. */
export const fixPermitDays = (source: AnySource): AnySource =>
  patched<PermitCsvRecord>(source, (r) => ({ ...r, 许可决定日期: /^2026[-/]02[-/]30$/.test(r.许可决定日期 ?? '') ? '2026-02-28' : r.许可决定日期 }));

/** The sources with the fixes applied to those they concern. */
export function withFixes(sources: AnySource[]): AnySource[] {
  return sources.map((s) => (s.name === 'credit/xzcf' ? fixFines(s) : s.name === 'credit/xzxk' ? fixPermitDays(s) : s));
}
