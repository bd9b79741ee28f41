import { FieldProblem } from '../../shared/convert-kit';
import { requireInstant } from '../../shared/instant';

/**
 * A notice's send time, both as an instant and as `YYYYMMDDHHmmss` for its natural key: the site
 * gives notices no id of their own, so a notice is its tender project (or parcel), nature and time.
 */
export function readSendTime(raw: string | null, field: string): { at: string; key: string } {
  const at = requireInstant(raw, field);
  const key = at.slice(0, 19).replace(/\D/gu, '');
  if (key.length !== 14) throw new FieldProblem(field, `无法生成键 — cannot key on "${at}"`);
  return { at, key };
}
