/**
 * Why one field of a wire record cannot be stored. Thrown inside a converter body and turned
 * into a `convert` rejection by `convertRecord`, so a converter never throws past its boundary.
 */
export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    // The field comes first: quarantine reasons are grouped and read by field.
    super(`${field}: ${problem}`);
    this.name = 'FieldProblem';
  }
}
