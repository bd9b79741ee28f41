import 'reflect-metadata';
import { join } from 'node:path';
import { buildSchemaFiles, findSchemaDrift, SCHEMA_DIR } from '../../gateway/src/compose';
import { SUBGRAPHS } from '../../scripts/subgraphs';

const SCHEMA_PATH = join(__dirname, '..', '..', SCHEMA_DIR);

test('the committed schema/ is exactly what the subgraphs compose to today', async () => {
  const { files } = await buildSchemaFiles(SUBGRAPHS);
  const drift = await findSchemaDrift(files, SCHEMA_PATH);
  const report = drift.map((d) => `${SCHEMA_DIR}/${d.file}: ${d.problem}`).join('\n');
  if (drift.length > 0) throw new Error(`${report}\nschema/ is out of date: run \`npm run compose\` and commit the result`);
});

test('every subgraph of SUBGRAPHS has its own SDL file beside the supergraph', async () => {
  const { files } = await buildSchemaFiles(SUBGRAPHS);
  expect([...files.keys()].sort()).toEqual([...SUBGRAPHS.map((s) => `${s.name}.graphql`), 'supergraph.graphql'].sort());
});
