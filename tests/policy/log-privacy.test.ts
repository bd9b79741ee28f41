import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { createLogger, identityOf, signedGraphQL, TEST_SIGNING_SECRET, type Logger, type RequestContext, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import { runSource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { CreditContext } from '../../services/credit/src/context';
import { creditDataSource } from '../../services/credit/src/db';
import { createCreditServer } from '../../services/credit/src/server';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { createGateway, type Gateway } from '../../gateway/src/server';
import { catalogDataSource } from '../../services/catalog/src/db';
import { createCatalogServer } from '../../services/catalog/src/server';
import { authHeaders, TEST_JWT } from '../support/tokens';
import { migratedDatabase, sourcesFor } from '../support/credit-env';

/**
 * policy.md 个人信息: "no log line prints them". A whole run at the most verbose level — every
 * credit source synced from the simulator (malformed rows quarantined), the subgraph queried by
 * every role directly and through the gateway, a push with bad records — and then every raw personal value stored is looked for in
 * every line logged.
 */
const lines: string[] = [];
const sink = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)); done(); } });
const logger: Logger = createLogger('log-privacy', 'trace', sink);

let database: TestDatabase;
let db: DataSource;
let credit: DataSource;
let sim: Simulator;
let server: SubgraphServer<CreditContext>;
let catalog: DataSource;
let catalogServer: SubgraphServer<RequestContext>;
let gateway: Gateway;

beforeAll(async () => {
  ({ database, db } = await migratedDatabase('kf_log_privacy'));
  sim = createSimulator({ seed: 61, size: 400, malformedRate: 0.05 }, logger);
  const simUrl = await sim.listen(0);
  for (const source of sourcesFor(simUrl)) await runSource(db, source, { logger });
  credit = creditDataSource(database.url);
  await credit.initialize();
  server = await createCreditServer(credit, logger, { signingSecret: TEST_SIGNING_SECRET });
  const url = await server.listen(0);
  const [person] = (await db.query(`SELECT subject_name AS name FROM credit.penalty WHERE subject_kind = 'NATURAL_PERSON' LIMIT 1`)) as { name: string }[];
  for (const role of ['public', 'analyst', 'admin'] as const) {
    const gql = signedGraphQL(url, TEST_SIGNING_SECRET, identityOf(role));
    await gql('{ penalties(first: 100) { nodes { subject { name } publicity { reason } } } permits(first: 100) { nodes { subject { name } } } judgmentDefaulters(first: 100) { nodes { name code } } }');
    await gql('query($t: String!) { penalties(filter: { text: $t }) { totalCount } }', { t: person?.name ?? '' });
  }
  catalog = catalogDataSource(database.url);
  await catalog.initialize();
  catalogServer = (await createCatalogServer(catalog, logger, { signingSecret: TEST_SIGNING_SECRET })) as unknown as SubgraphServer<RequestContext>;
  gateway = await createGateway({
    supergraphSdl: readFileSync('schema/supergraph.graphql', 'utf8'), logger, signingSecret: TEST_SIGNING_SECRET, jwt: TEST_JWT,
    subgraphUrls: { catalog: await catalogServer.listen(0), credit: url },
  });
  const gatewayUrl = await gateway.listen(0);
  for (const role of ['public', 'analyst'] as const) {
    await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(await authHeaders(role)) },
      body: JSON.stringify({ query: 'query($t: String!) { penalties(filter: { text: $t }) { totalCount nodes { subject { name } } } judgmentDefaulters { nodes { name } } }', variables: { t: person?.name ?? '' } }) });
  }
  const [wire] = (await db.query(`SELECT decision_number, person_id_number FROM credit.penalty WHERE person_id_number IS NOT NULL LIMIT 1`)) as { decision_number: string; person_id_number: string }[];
  await signedGraphQL(url, TEST_SIGNING_SECRET, identityOf('sync', ['credit']))(
    'mutation($r: [PenaltyRecordInput!]!) { ingestPenalties(records: $r) { rejected } }',
    { r: [{ CF_WSH: wire?.decision_number ?? 'x', CF_XDR_MC: person?.name ?? '', CF_XDR_LB: '自然人', CF_XDR_ZJLX: '身份证', CF_XDR_ZJHM: wire?.person_id_number ?? '', CF_JDRQ: 'not a date' }] });
}, 180_000);

afterAll(async () => {
  await gateway.close();
  await catalogServer.close();
  await server.close();
  await sim.close();
  await Promise.all([credit.destroy(), catalog.destroy(), db.destroy()]);
  await database.drop();
});

/** Every raw personal value the database holds: names of natural persons, id numbers of anyone. */
async function personalValues(): Promise<string[]> {
  const rows = (await db.query(`
    SELECT subject_name AS v FROM credit.penalty WHERE subject_kind = 'NATURAL_PERSON'
    UNION SELECT subject_name FROM credit.permit WHERE subject_kind = 'NATURAL_PERSON'
    UNION SELECT person_id_number FROM credit.penalty UNION SELECT legal_rep_id_number FROM credit.penalty
    UNION SELECT name FROM credit.defaulter WHERE id_or_org_code ~ '^[0-9*]{17}[0-9Xx*]$'`)) as { v: string | null }[];
  return rows.map((r) => r.v).filter((v): v is string => !!v && v.length >= 2);
}

test('the run logged at every level, and the data holds personal values to look for', async () => {
  expect(lines.length).toBeGreaterThan(10);
  expect((await personalValues()).length).toBeGreaterThan(20);
});

test('no log line of the run prints a raw personal value', async () => {
  const values = await personalValues();
  const leaks = lines.flatMap((line) => values.filter((v) => line.includes(v)).map((v) => ({ value: v, line: line.slice(0, 300) })));
  expect(leaks.slice(0, 5)).toEqual([]);
});
