import { reject, type Conversion } from '@keyfield/sync';
import { FieldProblem } from './field-problem';
import { FieldReader } from './field-reader';

/**
 * Runs a converter in two steps, key first, so that a record rejected for a bad field still
 * names its key in quarantine. A `FieldProblem` becomes a `convert` rejection; anything else is
 * a bug in the converter and is left to propagate rather than be filed as bad upstream data.
 */
export function convertRecord<W extends object>(
  record: W,
  keyOf: (f: FieldReader<W>) => string,
  build: (f: FieldReader<W>, key: string) => Conversion,
): Conversion {
  const f = new FieldReader(record);
  let key: string | undefined;
  try {
    key = keyOf(f);
    return build(f, key);
  } catch (err) {
    if (err instanceof FieldProblem) return reject('convert', err.message, key);
    throw err;
  }
}
