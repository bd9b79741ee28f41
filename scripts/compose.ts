import 'reflect-metadata';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildSchemaFiles, CompositionError, findSchemaDrift, SCHEMA_DIR } from '../gateway/src/compose';
import { SUBGRAPHS } from './subgraphs';

/**
 * `npm run compose`: prints every subgraph's SDL and the composed supergraph into schema/.
 * `npm run compose -- --check`: writes nothing, exits 1 when schema/ is not what the code composes.
 */
async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const dir = resolve(__dirname, '..', SCHEMA_DIR);
  const { files, hints } = await buildSchemaFiles(SUBGRAPHS);
  for (const hint of hints) console.warn(`composition hint: ${hint}`);
  const drift = await findSchemaDrift(files, dir);
  if (check) {
    for (const d of drift) console.error(`${SCHEMA_DIR}/${d.file}: ${d.problem}`);
    if (drift.length > 0) console.error('schema/ is out of date with the code: run `npm run compose` and commit the result');
    else console.log(`${SCHEMA_DIR}/ is up to date (${files.size} files)`);
    return drift.length > 0 ? 1 : 0;
  }
  await mkdir(dir, { recursive: true });
  for (const d of drift.filter((x) => x.problem === 'not generated any more')) await rm(join(dir, d.file));
  for (const [file, content] of files) await writeFile(join(dir, file), content);
  for (const d of drift) console.log(`${SCHEMA_DIR}/${d.file}: ${d.problem === 'not generated any more' ? 'removed' : 'written'}`);
  console.log(`composed ${SUBGRAPHS.map((s) => s.name).join(', ')} into ${SCHEMA_DIR}/supergraph.graphql`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof CompositionError ? err.message : err);
    process.exit(1);
  },
);
