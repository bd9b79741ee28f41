import { userInputError } from '../errors/user-input';

/**
 * Builds a parameterised WHERE clause: values always travel as parameters ($1, $2, …), never
 * spliced into SQL text. Column names come from code, never from the request.
 */
export class SqlWhere {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  /** Adds a condition; `?` marks each value in order. */
  add(condition: string, ...values: unknown[]): this {
    let i = 0;
    this.parts.push(condition.replace(/\?/g, () => {
      this.params.push(values[i++]);
      return `$${this.params.length}`;
    }));
    return this;
  }

  /** Adds `condition` only when `value` is neither undefined nor null. */
  addIf<T>(value: T | null | undefined, condition: string, map: (v: T) => unknown = (v) => v): this {
    return value === undefined || value === null ? this : this.add(condition, map(value));
  }

  /** A placeholder for one more value, for clauses built outside `add` (keyset, LIMIT). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** `WHERE a AND b`, or an empty string. */
  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }

  /** A copy, so a count query and a page query can diverge. */
  clone(): SqlWhere {
    const copy = new SqlWhere();
    copy.parts.push(...this.parts);
    copy.params.push(...this.params);
    return copy;
  }
}

/** Escapes LIKE wildcards in a user's text match; a NUL character (which Postgres text cannot hold) is the caller's error. */
export function likePattern(text: string, argument = 'filter.text'): string {
  if (text.includes('\u0000')) throw userInputError(argument, 'contains a NUL character', 'Remove the \\u0000 from the text');
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
