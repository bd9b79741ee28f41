import type { ConvertContext, Operation, Row } from '@keyfield/sync';
import type { WireChange } from '../wire-types';
import type { FieldReader } from './field-reader';
import { provenance } from './provenance';

/** Provenance of a JSON-list record, from its SJC, CZLX and GKSX fields. */
export function changeColumns<W extends WireChange>(
  f: FieldReader<W>,
  ctx: ConvertContext,
  key: string,
): { columns: Row; operation: Operation } {
  return provenance({
    ctx,
    key,
    changedAt: f.requiredInstant('SJC'),
    operationField: 'CZLX',
    operation: f.text('CZLX'),
    disclosure: f.text('GKSX'),
  });
}
