import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How a committed schema file differs from a fresh composition. */
export interface SchemaDrift {
  file: string;
  problem: 'differs' | 'missing' | 'not generated any more';
}

/**
 * Compares freshly built schema files with the `.graphql` files in `dir`: a file that differs,
 * one that was never committed, and one left over from a subgraph that is gone are all drift.
 */
export async function findSchemaDrift(fresh: ReadonlyMap<string, string>, dir: string): Promise<SchemaDrift[]> {
  const committed = await graphqlFilesIn(dir);
  const drift: SchemaDrift[] = [];
  for (const [file, content] of fresh) {
    if (!committed.includes(file)) drift.push({ file, problem: 'missing' });
    else if ((await readFile(join(dir, file), 'utf8')) !== content) drift.push({ file, problem: 'differs' });
  }
  for (const file of committed) {
    if (!fresh.has(file)) drift.push({ file, problem: 'not generated any more' });
  }
  return drift;
}

/** Names of the `.graphql` files in `dir` (none when the folder does not exist yet). */
export async function graphqlFilesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
