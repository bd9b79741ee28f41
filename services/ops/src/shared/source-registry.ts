import { userInputError } from '@keyfield/core';
import type { AnySource } from '@keyfield/sync';

/** `credit/xzcf` → `credit`: the upstream system a source belongs to. */
export function systemOf(source: string): string {
  return source.split('/')[0] ?? source;
}

/**
 * The configured sources (services/sources.ts, or a patched list in tests) by name: what status is
 * shown for and what re-drive converts with. An unknown name is the caller's mistake.
 */
export class SourceRegistry {
  private readonly byName: Map<string, AnySource>;

  constructor(sources: readonly AnySource[]) {
    this.byName = new Map(sources.map((s) => [s.name, s]));
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  all(): AnySource[] {
    return [...this.byName.values()];
  }

  find(name: string): AnySource | undefined {
    return this.byName.get(name);
  }

  /** The source named `name`; BAD_USER_INPUT listing the known ones otherwise. */
  get(name: string, argument: string): AnySource {
    const source = this.byName.get(name);
    if (!source) throw userInputError(argument, `no source is named "${name}"`, `Use one of ${this.names.join(', ')}`);
    return source;
  }
}
