import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sharedSettings } from '@keyfield/core';
import { sharedSpec } from '../../packages/core/src/config/shared';
import { subgraphUrlEnv } from '../../gateway/src/config';
import { GATEWAY_NODE_OPTIONS } from '../../scripts/lib/children';
import { SUBGRAPHS } from '../../scripts/subgraphs';

const ROOT = join(__dirname, '..', '..');

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string }>;
  stop_grace_period?: string;
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const services = compose.services;
const defaults = sharedSettings({});

/** Every process keyfield runs from its own entry file, with its default port and health path. */
const PROCESSES = [
  { service: 'gateway', entry: 'gateway/src/index.ts', port: defaults.gatewayPort, health: '/healthcheck' },
  { service: 'simulator', entry: 'simulator/src/index.ts', port: defaults.simulatorPort, health: '/_sim/health' },
  ...SUBGRAPHS.map((s) => ({ service: s.name, entry: s.entry, port: s.port(defaults), health: '/health' })),
  { service: 'worker', entry: 'scripts/worker.ts', port: defaults.workerMetricsPort, health: '/health' },
];

/** `*_PORT` variable → its default, from packages/core/src/config/shared.ts. */
const DEFAULT_PORTS = new Map(
  Object.values(sharedSpec).filter((s) => s.env.endsWith('_PORT')).map((s) => [s.env, s.default]),
);

function serviceOf(name: string): Service {
  const service = services[name];
  if (!service) throw new Error(`docker-compose.yml has no service "${name}"`);
  return service;
}

test.each(PROCESSES)('$service runs its entry file $entry, which exists', ({ service, entry }) => {
  expect(serviceOf(service).command).toEqual(['node', '-r', './scripts/lib/service-register.cjs', entry]);
  expect({ entry, exists: existsSync(join(ROOT, entry)) }).toEqual({ entry, exists: true });
});

test.each(PROCESSES)('$service publishes, sets and probes its default port $port', ({ service, port, health }) => {
  const s = serviceOf(service);
  expect(s.ports).toEqual([`${port}:${port}`]);
  expect(Object.entries(s.environment ?? {}).filter(([key]) => DEFAULT_PORTS.has(key)).map(([, value]) => Number(value))).toEqual([port]);
  expect((s.healthcheck?.test ?? []).join(' ')).toContain(`http://127.0.0.1:${port}${health}`);
});

test('every *_PORT set anywhere is the default of that variable', () => {
  for (const [name, service] of Object.entries(services)) {
    for (const [key, value] of Object.entries(service.environment ?? {})) {
      if (DEFAULT_PORTS.has(key)) expect({ service: name, [key]: Number(value) }).toEqual({ service: name, [key]: DEFAULT_PORTS.get(key) });
    }
  }
});

test('the gateway has a SUBGRAPH_URL_<NAME> for every subgraph, on its service and port, and waits for it', () => {
  const gateway = serviceOf('gateway');
  for (const s of SUBGRAPHS) {
    expect(gateway.environment?.[subgraphUrlEnv(s.name)]).toBe(`http://${s.name}:${s.port(defaults)}/graphql`);
    expect(gateway.depends_on?.[s.name]?.condition).toBe('service_healthy');
  }
  const urls = Object.keys(gateway.environment ?? {}).filter((key) => key.startsWith('SUBGRAPH_URL_'));
  expect(urls.sort()).toEqual(SUBGRAPHS.map((s) => subgraphUrlEnv(s.name)).sort());
});

test('subgraphs reach Postgres, start after the migrations, and credit reaches the simulator', () => {
  const postgres = serviceOf('postgres');
  expect(postgres.healthcheck?.test).toContain('pg_isready');
  const migrate = serviceOf('migrate');
  expect(migrate.command).toEqual(['npm', 'run', 'migrate']);
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts['migrate']).toBeDefined();
  expect(migrate.depends_on?.['postgres']?.condition).toBe('service_healthy');
  for (const s of SUBGRAPHS) {
    const service = serviceOf(s.name);
    expect(service.environment?.['DATABASE_URL']).toBe(migrate.environment?.['DATABASE_URL']);
    expect(service.depends_on?.['migrate']?.condition).toBe('service_completed_successfully');
  }
  expect(serviceOf('credit').environment?.['UPSTREAM_CREDIT_URL']).toBe(`http://simulator:${defaults.simulatorPort}`);
  expect(serviceOf('credit').depends_on?.['simulator']?.condition).toBe('service_healthy');
});

test('the sync worker reaches Postgres and the simulator, starts after the first sync, and has time to finish a batch', () => {
  const worker = serviceOf('worker');
  expect(worker.environment?.['DATABASE_URL']).toBe(serviceOf('migrate').environment?.['DATABASE_URL']);
  expect(worker.environment?.['UPSTREAM_CREDIT_URL']).toBe(`http://simulator:${defaults.simulatorPort}`);
  expect(worker.depends_on?.['sync']?.condition).toBe('service_completed_successfully');
  expect(worker.depends_on?.['simulator']?.condition).toBe('service_healthy');
  const grace = worker.stop_grace_period ?? '10s';
  expect(Number.parseInt(grace, 10)).toBeGreaterThanOrEqual(30);
});

test('the gateway runs with the same heap bound as under npm start', () => {
  expect(serviceOf('gateway').environment?.['NODE_OPTIONS']).toBe(GATEWAY_NODE_OPTIONS);
});
