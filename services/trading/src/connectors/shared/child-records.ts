import { FieldProblem, FieldReader } from './convert-kit';

/**
 * Reads each repeated child of a record (`CANDIDATE`, `WIN_BIDDER`, `winners`) with its own field
 * reader. A problem in a child names it by position (`CANDIDATE[2].BID_AMOUNT`), so the quarantine
 * says which one; a child that is not an object (an empty element) reads as having no fields.
 */
export function readChildren<C extends object, T>(children: readonly unknown[] | null | undefined, name: string, read: (f: FieldReader<C>) => T): T[] {
  return (children ?? []).map((child, i) => readChild(child, `${name}[${i}]`, read));
}

/** Reads one nested object (`purchaser`, `contract`) the same way; null or missing reads as no fields. */
export function readChild<C extends object, T>(child: unknown, label: string, read: (f: FieldReader<C>) => T): T {
  const record = (typeof child === 'object' && child !== null ? child : {}) as C;
  try {
    return read(new FieldReader(record));
  } catch (err) {
    if (err instanceof FieldProblem) throw new FieldProblem(`${label}.${err.field}`, err.problem);
    throw err;
  }
}
